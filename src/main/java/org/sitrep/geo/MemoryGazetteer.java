package org.sitrep.geo;
import org.sitrep.lexicon.TsvReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.Comparator;

/**
 * The whole gazetteer in memory: the bundled GeoNames cities (population ≥ 500), Who's On First's villages
 * of 29 conflict countries (wof-places.tsv.gz, scripts/build-wof.py), first-level divisions, countries,
 * Sitrep's own aliases, and any GeoNames dump the user imported. The places are packed ({@link PlaceStore}):
 * 850,000 of them take less heap than 200,000 GeoEntry objects did. Built once per process, the files
 * parsed in parallel; immutable and thread-safe afterwards.
 */
public final class MemoryGazetteer implements Gazetteer {
    private static final int CHUNK_BYTES = 1 << 20;
    /** Slices read but not yet parsed, at most: inflating outruns parsing, and the heap need not hold a file. */
    private static final int SLICES_IN_FLIGHT = 8;

    private final Map<String, CountryMatch> countryKeys = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, String> adminNames = new HashMap<>();
    private final Map<String, GeoEntry> admin1Seats = new HashMap<>();
    private final List<GeoEntry> seats = new ArrayList<>(); // of provinces and districts: what a point lies nearest
    private volatile RegionParts parts; // read on the first compass-named part asked for: most runs never ask
    /** Sitrep's aliases (place-aliases.tsv): name key → entries, added after the key's own. */
    private final Map<String, int[]> aliases = new HashMap<>();
    /** Alias keys that stand for their aliased place alone (fourth column ONLY). */
    private final Set<String> exclusive = new HashSet<>();
    private PlaceStore store;
    private int aliasWords = 1;

    private MemoryGazetteer() { }

    /** The bundled gazetteer plus every place file under {@code userDir} (may be null or absent). */
    public static MemoryGazetteer load(Path userDir) {
        return load(GeoResources::gazetteerFile, true, userDir);
    }

    /**
     * A gazetteer from plain files in one folder (tests, analysts' own): {@code places.tsv} ({@link GazetteerField}),
     * {@code admin.tsv}, {@code countries.tsv}, optionally countries-extra, regions, place-aliases, wof-places, wof-admin.
     */
    public static MemoryGazetteer fromFolder(Path dir) {
        return load(name -> {
            Path p = dir.resolve(name.replace(".gz", ""));
            try {
                if (Files.isRegularFile(p)) {
                    return Files.newInputStream(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": " + e.getMessage(), e);
            }
            if (name.startsWith("places") || name.startsWith("admin") || name.equals("countries.tsv")) {
                throw new IllegalStateException("gazetteer folder " + dir + " has no " + p.getFileName());
            }
            return java.io.InputStream.nullInputStream();
        }, false, null);
    }

    /** A place file to read: bundled, the WOF villages, or a user's GeoNames dump. */
    private record Source(String origin, Supplier<InputStream> open, boolean countsForRegions, boolean userFile,
                          String identity) {
    }

    /** The snapshot of the packed places in a data directory's gazetteer folder ({@link Snapshot}). */
    public static final String SNAPSHOT_FILE = "places.snapshot";

    private static MemoryGazetteer load(Function<String, InputStream> open, boolean gzipped, Path userDir) {
        MemoryGazetteer g = new MemoryGazetteer();
        Function<String, InputStream> unzipped = name -> {
            InputStream in = open.apply(name);
            try {
                return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + e.getMessage(), e);
            }
        };
        // errors name the file as it is: places.tsv.gz bundled, places.tsv in a folder
        Function<String, String> origin = name -> gzipped ? name : name.replace(".gz", "");
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(origin.apply("places.tsv.gz"), () -> unzipped.apply("places.tsv.gz"), true, false,
                GeoResources.gazetteerFileIdentity("places.tsv.gz")));
        // WOF's villages (scripts/build-wof.py) leave the first-level regions' centroids as cities500 gives them
        sources.add(new Source(origin.apply("wof-places.tsv.gz"), () -> unzipped.apply("wof-places.tsv.gz"), false, false,
                GeoResources.gazetteerFileIdentity("wof-places.tsv.gz")));
        if (userDir != null && Files.isDirectory(userDir)) {
            try (var files = Files.list(userDir)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".tsv.gz")).sorted().toList()) {
                    sources.add(new Source(p.toString(), () -> {
                        try {
                            return new GZIPInputStream(Files.newInputStream(p), 1 << 16);
                        } catch (IOException e) {
                            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
                        }
                    }, true, true, Snapshot.fileIdentity(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + userDir + ": " + e.getMessage(), e);
            }
        }
        // the bundled places with a data directory: a snapshot of the packed places saves parsing them again
        Path snapshot = gzipped && userDir != null ? userDir.resolve(SNAPSHOT_FILE) : null;
        String signature = snapshot == null ? null
                : Snapshot.signature(java.util.stream.Stream.concat(java.util.stream.Stream.of(Snapshot.codeIdentity()),
                        sources.stream().map(Source::identity)).toList());
        PlaceStore cached = snapshot == null ? null : Snapshot.read(snapshot, signature).orElse(null);
        if (cached != null) {
            sources.clear();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon("gazetteer-parse"));
        // readers have threads of their own: one blocked on a full pipeline never holds up a parser
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, sources.size()), daemon("gazetteer-read"));
        Semaphore inFlight = new Semaphore(SLICES_IN_FLIGHT);
        try {
            // the place files inflate and parse on the pool while this thread reads the small tables
            List<CompletableFuture<List<CompletableFuture<PlaceChunk>>>> parsing = new ArrayList<>();
            for (Source s : sources) {
                parsing.add(CompletableFuture.supplyAsync(() -> readAndParse(s, pool, inFlight), readers));
            }
            g.loadCountries(open.apply("countries.tsv"), "countries.tsv");
            g.loadCountries(open.apply("countries-extra.tsv"), "countries-extra.tsv");
            g.loadRegions(open.apply("regions.tsv"));
            AdminRegions.readNames(unzipped.apply("admin.tsv.gz"), "admin.tsv.gz", g.adminNames);
            Set<String> wofCountries = AdminRegions.readNames(unzipped.apply("wof-admin.tsv.gz"), "wof-admin.tsv.gz", g.adminNames);
            List<PlaceChunk> chunks = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                int lines = 0;
                for (CompletableFuture<PlaceChunk> part : parsing.get(i).join()) {
                    try {
                        chunks.add(part.join());
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof PlaceChunk.BadLine bad) {
                            throw new IllegalArgumentException(sources.get(i).origin() + " line " + (lines + bad.line) + ": "
                                    + bad.getMessage(), bad);
                        }
                        throw e;
                    }
                    lines += chunks.get(chunks.size() - 1).lines;
                }
            }
            parsing.clear(); // the futures hold the slices too
            if (cached != null) {
                g.store = cached;
            } else {
                PlaceStore.Builder b = new PlaceStore.Builder(chunks);
                chunks.clear();
                AdminRegions.add(b, g.adminNames, wofCountries);
                g.store = b.build();
                if (snapshot != null) {
                    try {
                        Snapshot.write(snapshot, signature, g.store);
                    } catch (UncheckedIOException e) {
                        // a cache: a data directory that cannot take it (read-only, full) costs later starts the parse
                        System.err.println("sitrep: " + e.getMessage() + "; later starts will parse the places again");
                    }
                }
            }
            java.util.function.BinaryOperator<GeoEntry> larger = (x, y) -> x.population() >= y.population() ? x : y;
            g.store.forEachWithCode("PPLA", e -> { g.seats.add(e); g.admin1Seats.merge(e.countryCode() + "." + e.admin1(), e, larger); });
            Map<String, GeoEntry> seatless = new HashMap<>(); // no seat of its own (Rif Dimashq): its largest district's
            g.store.forEachWithCode("PPLA2", e -> { g.seats.add(e); seatless.merge(e.countryCode() + "." + e.admin1(), e, larger); });
            seatless.forEach(g.admin1Seats::putIfAbsent);
            g.loadAliases(open.apply("place-aliases.tsv"));
            g.buildVariantsInBackground();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the file and line are in its message
            }
            throw e;
        } finally {
            pool.shutdown();
            readers.shutdown();
        }
        return g;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Inflates a place file on this thread and hands each slice of about {@value #CHUNK_BYTES} bytes, cut at
     * a line end, to the pool as soon as it is read: parsing overlaps inflating.
     */
    private static List<CompletableFuture<PlaceChunk>> readAndParse(Source s, ExecutorService pool, Semaphore inFlight) {
        List<CompletableFuture<PlaceChunk>> parts = new ArrayList<>();
        try (InputStream in = s.open().get()) {
            byte[] carry = new byte[0];
            while (true) {
                byte[] buf = Arrays.copyOf(carry, carry.length + CHUNK_BYTES);
                int n = carry.length + in.readNBytes(buf, carry.length, CHUNK_BYTES);
                boolean eof = n < buf.length;
                int end = n;
                if (!eof) {
                    while (end > 0 && buf[end - 1] != '\n') {
                        end--;
                    }
                }
                if (end > 0) {
                    int len = end;
                    inFlight.acquireUninterruptibly();
                    parts.add(CompletableFuture.supplyAsync(
                            () -> PlaceChunk.parse(buf, len, s.origin(), s.countsForRegions(), s.userFile()), pool)
                            .whenComplete((c, e) -> inFlight.release()));
                }
                carry = Arrays.copyOfRange(buf, end, n); // a line longer than a slice waits for the next read
                if (eof) {
                    return parts;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer file " + s.origin() + ": " + e.getMessage(), e);
        }
    }

    static final Pattern REGION_SUFFIX =
            Pattern.compile("(?i)\\s+(governorate|province|region|state|district|oblast|muhafazah|vilayeti|department|county|prefecture)$");

    private void loadCountries(InputStream in, String origin) {
        TsvReader.read(in, origin, 7, "iso2, iso3, name, alternate names, demonyms, latitude, longitude[, geonames id]", f -> {
            Country prev = countries.get(f[0]);
            List<String> alts = new ArrayList<>(names(f[3]));
            List<String> dems = new ArrayList<>(names(f[4]));
            String name = f[2];
            if (prev != null) { // an override file adds names and may rename
                alts.addAll(prev.alternateNames());
                alts.add(prev.name());
                dems.addAll(prev.demonyms());
                if (name.isEmpty()) {
                    name = prev.name();
                }
            }
            double lat = f[5].isEmpty() && prev != null ? prev.latitude() : Double.parseDouble(f[5]);
            double lon = f[6].isEmpty() && prev != null ? prev.longitude() : Double.parseDouble(f[6]);
            long gid = f.length > 7 && !f[7].isEmpty() ? Long.parseLong(f[7]) : prev == null ? 0 : prev.geonamesId();
            addCountry(new Country(f[0], f[1].isEmpty() && prev != null ? prev.iso3() : f[1], name, alts, dems, lat, lon,
                    gid));
        });
    }

    /** Continents and world regions: countries without ISO codes, so that "Europe", "African" match alike. */
    private void loadRegions(InputStream in) {
        TsvReader.read(in, "regions.tsv", 6, "name, alternate names, demonyms, latitude, longitude, geonames id[, country]",
                f -> addCountry(new Country("", "", f[0], names(f[1]), names(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), f[5].isBlank() ? 0 : Long.parseLong(f[5].trim()),
                        f.length > 6 ? knownCountry(f[6].trim(), f[0]) : "")));
    }

    private String knownCountry(String iso2, String region) {
        if (!iso2.isEmpty() && !countries.containsKey(iso2)) {
            throw new IllegalArgumentException("region '" + region + "' lies in unknown country code '" + iso2 + "'");
        }
        return iso2;
    }

    private void addCountry(Country c) {
        if (!c.isRegion()) {
            countries.put(c.iso2(), c);
        }
        countryKeys.put(NameKey.of(c.name()), new CountryMatch(c, false));
        // an override row (countries-extra) replaces its country under every name, not only its new ones
        c.alternateNames().forEach(a -> countryKeys.merge(NameKey.of(a), new CountryMatch(c, false),
                (old, nu) -> !c.isRegion() && old.country().iso2().equals(c.iso2()) ? nu : old));
        c.demonyms().forEach(d -> countryKeys.put(NameKey.of(d), new CountryMatch(c, true)));
    }

    private static List<String> names(String field) {
        return field.isEmpty() ? List.of() : Arrays.stream(field.split("\\|")).filter(s -> !s.isBlank()).toList();
    }

    /** Sitrep's aliases (alias, known name, country[, ADM1|ONLY]): the known name's largest town, or its province. */
    private void loadAliases(InputStream in) {
        TsvReader.read(in, "place-aliases.tsv", 3, "alias, a name the gazetteer knows, country code[, ADM1]", f -> {
            int target = -1;
            long best = 0;
            boolean town = false;
            String kind = f.length > 3 ? f[3].trim() : "";
            boolean division = kind.equals("ADM1"); // the province, not a village of its name
            if (!kind.isEmpty() && !division && !kind.equals("ONLY")) {
                throw new IllegalArgumentException("fourth column must be ADM1, ONLY or empty, not '" + f[3] + "'");
            }
            if (kind.equals("ONLY")) { // "White House": the seat it stands for, not the towns so named or translated
                exclusive.add(NameKey.of(f[0].trim()));
            }
            for (int i : entries(NameKey.of(f[1]))) {
                GeoEntry e = store.entry(i);
                // a town before any division of its name (WOF's district of Ras al-Ain outnumbers the town)
                boolean isTown = e.featureClass() == 'P';
                if (e.countryCode().equals(f[2].trim()) && (!division || e.isAdmin1())
                        && (target < 0 || isTown && !town || isTown == town && e.population() > best)) {
                    target = i;
                    best = e.population();
                    town = isTown;
                }
            }
            if (target < 0) {
                throw new IllegalArgumentException("no place named '" + f[1] + "' in " + f[2] + " to alias");
            }
            String key = NameKey.of(f[0].trim());
            int[] cur = entries(key);
            for (int i : cur) {
                if (i == target) {
                    return;
                }
            }
            int[] more = aliases.getOrDefault(key, new int[0]);
            more = Arrays.copyOf(more, more.length + 1);
            more[more.length - 1] = target;
            aliases.put(key, more);
            // articles dropped from the key still occupy a word in the text
            aliasWords = Math.max(aliasWords, Math.min(key.split(" ").length + 2, 8));
        });
    }

    /** Entry numbers under a key: the files' and regions', then aliases'. */
    private int[] entries(String key) {
        if (key.isEmpty()) {
            return new int[0];
        }
        int[] alias = aliases.get(key);
        if (alias == null) {
            return store.lookup(key);
        }
        int[] own = exclusive.contains(key) ? new int[0] : store.lookup(key);
        int[] all = Arrays.copyOf(own, own.length + alias.length);
        System.arraycopy(alias, 0, all, own.length, alias.length);
        return all;
    }

    @Override
    public List<GeoEntry> places(String key) {
        return SeatSpellings.withProvince(store.list(entries(key)), this::admin1Name, k -> store.list(entries(k)));
    }

    /** Built on a thread of its own once the places are in ({@link VariantIndex}); the first lookup waits for it. */
    private CompletableFuture<VariantIndex> variants;

    private void buildVariantsInBackground() {
        variants = VariantIndex.inBackground(store, GeoResources.readList(GeoResources.GAZETTEER + "transliterated-countries.txt").stream()
                .map(c -> c.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public List<String> variantKeys(String key) {
        return variants.join().lookup(key).stream().map(VariantIndex.Variant::key).toList();
    }

    @Override
    public List<String> allVariantKeys(String key) {
        return variants.join().all(key).stream().map(VariantIndex.Variant::key).toList();
    }

    @Override
    public Optional<CountryMatch> countryByKey(String key) {
        return Optional.ofNullable(countryKeys.get(key));
    }

    @Override
    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    @Override
    public String admin1Name(String cc, String admin1) {
        return adminNames.getOrDefault(cc + "." + admin1, "");
    }

    @Override
    public String admin2Name(String cc, String admin1, String admin2) {
        return admin2.isEmpty() ? "" : adminNames.getOrDefault(cc + "." + admin1 + "." + admin2, "");
    }

    @Override
    public Optional<GeoEntry> admin1Seat(String cc, String admin1) {
        return Optional.ofNullable(admin1Seats.get(cc + "." + admin1));
    }

    @Override
    public Optional<GeoEntry> admin1Part(String cc, String admin1, double bearing) {
        RegionParts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts == null ? (parts = RegionParts.of(store)) : parts;
            }
        }
        return p.town(cc, admin1, bearing);
    }

    @Override
    public String admin1Near(String cc, double lat, double lon) {
        return seats.stream().filter(e -> e.countryCode().equals(cc))
                .min(Comparator.comparingDouble(e -> Distance.km(lat, lon, e.latitude(), e.longitude())))
                .map(GeoEntry::admin1).orElse("");
    }

    @Override
    public int maxNameWords() {
        return Math.max(store.maxWords(), aliasWords);
    }

    @Override
    public int size() {
        return store.size();
    }

    /** Distinct name keys the index holds (for the size check and the bench). */
    public int keyCount() {
        return store.keys();
    }

    /** Bytes of the packed places and their index, for the size check: the arrays' contents. */
    public long packedBytes() {
        return store.footprint();
    }
}
