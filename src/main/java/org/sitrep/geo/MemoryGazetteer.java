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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The whole gazetteer in memory: the bundled GeoNames cities (population ≥ 500), first-level
 * divisions, countries, Sitrep's own aliases, and any GeoNames dump the user imported. Built once per
 * process; immutable and thread-safe afterwards.
 */
public final class MemoryGazetteer implements Gazetteer {
    private static final String RESOURCES = "/sitrep/geo/";
    private static final GeoEntry[] NONE = new GeoEntry[0];

    private final Map<String, GeoEntry[]> byKey = new HashMap<>(1 << 20);
    private final Map<String, CountryMatch> countryKeys = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, String> adminNames = new HashMap<>();
    private final Map<String, GeoEntry> admin1Seats = new HashMap<>();
    private final Map<Long, GeoEntry> byId = new HashMap<>(1 << 18);
    private int maxWords = 1;

    private MemoryGazetteer() {
    }

    /** The bundled gazetteer plus every place file under {@code userDir} (may be null or absent). */
    public static MemoryGazetteer load(Path userDir) {
        return load(MemoryGazetteer::resource, true, userDir);
    }

    /**
     * A gazetteer from plain files in one folder, for tests and for analysts who keep their own:
     * {@code places.tsv} (columns of {@link GazetteerField}), {@code admin.tsv}, {@code countries.tsv},
     * and optionally {@code countries-extra.tsv}, {@code regions.tsv}, {@code place-aliases.tsv}.
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

    private static MemoryGazetteer load(java.util.function.Function<String, InputStream> open, boolean gzipped,
                                        Path userDir) {
        MemoryGazetteer g = new MemoryGazetteer();
        try {
            g.loadCountries(open.apply("countries.tsv"), "countries.tsv");
            g.loadCountries(open.apply("countries-extra.tsv"), "countries-extra.tsv");
            g.loadRegions(open.apply("regions.tsv"));
            InputStream admin = open.apply("admin.tsv.gz");
            g.loadAdminNames(gzipped ? new GZIPInputStream(admin, 1 << 16) : admin);
            List<GeoEntry> places = new ArrayList<>(210_000);
            InputStream placesIn = open.apply("places.tsv.gz");
            g.loadPlaces(gzipped ? new GZIPInputStream(placesIn, 1 << 16) : placesIn, "places.tsv.gz", places);
            if (userDir != null && Files.isDirectory(userDir)) {
                try (var files = Files.list(userDir)) {
                    for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".tsv.gz")).sorted().toList()) {
                        g.loadPlaces(new GZIPInputStream(Files.newInputStream(p), 1 << 16), p.toString(), places);
                    }
                }
            }
            g.addAdmin1Regions(places);
            g.loadAliases(open.apply("place-aliases.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer: " + e.getMessage(), e);
        }
        return g;
    }

    private static InputStream resource(String name) {
        InputStream in = MemoryGazetteer.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + RESOURCES + name
                    + " is missing from the classpath; run scripts/build-gazetteer.py");
        }
        return in;
    }

    /** A parsed place line with the name keys it is indexed under, computed off the index's thread. */
    private record Parsed(GeoEntry entry, String[] keys) {
    }

    private void loadPlaces(InputStream in, String origin, List<GeoEntry> all) throws IOException {
        List<String> lines = new ArrayList<>(210_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        // Folding ~800k names is most of the load time: it runs in parallel, the index fills in order.
        List<Parsed> parsed = java.util.stream.IntStream.range(0, lines.size()).parallel()
                .mapToObj(i -> parse(lines.get(i), origin, i + 1)).toList();
        for (Parsed p : parsed) {
            if (p == null) {
                continue;
            }
            GeoEntry e = p.entry();
            if (byId.putIfAbsent(e.geonamesId(), e) != null) {
                continue; // a user's dump repeats bundled places: the first entry already holds the names
            }
            all.add(e);
            for (String key : p.keys()) {
                index(key, e, true);
            }
            if ("PPLA".equals(e.featureCode())) {
                admin1Seats.merge(e.countryCode() + "." + e.admin1(), e,
                        (x, y) -> x.population() >= y.population() ? x : y);
            }
        }
    }

    private static Parsed parse(String line, String origin, int lineNo) {
        if (line.isEmpty() || line.charAt(0) == '#') {
            return null;
        }
        String[] f = new String[GazetteerField.count()];
        if (split(line, f) != f.length) {
            throw new IllegalArgumentException(origin + " line " + lineNo + ": expected " + f.length
                    + " tab-separated columns");
        }
        GeoEntry e;
        try {
            e = new GeoEntry(Long.parseLong(f[GazetteerField.GEONAMES_ID.column()]),
                    f[GazetteerField.NAME.column()],
                    f[GazetteerField.ASCII_NAME.column()],
                    Double.parseDouble(f[GazetteerField.LATITUDE.column()]),
                    Double.parseDouble(f[GazetteerField.LONGITUDE.column()]),
                    f[GazetteerField.FEATURE_CLASS.column()].isEmpty() ? 'P'
                            : f[GazetteerField.FEATURE_CLASS.column()].charAt(0),
                    f[GazetteerField.FEATURE_CODE.column()].intern(),
                    f[GazetteerField.COUNTRY_CODE.column()].intern(),
                    f[GazetteerField.ADMIN1_CODE.column()].intern(),
                    f[GazetteerField.ADMIN2_CODE.column()],
                    parseLong(f[GazetteerField.POPULATION.column()]));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(origin + " line " + lineNo + ": " + ex.getMessage(), ex);
        }
        List<String> keys = new ArrayList<>(8);
        addKey(keys, e.name());
        addKey(keys, f[GazetteerField.ASCII_NAME.column()]);
        String alts = f[GazetteerField.ALTERNATE_NAMES.column()];
        int from = 0;
        while (from < alts.length()) {
            int to = alts.indexOf(GazetteerField.NAME_SEPARATOR, from);
            if (to < 0) {
                to = alts.length();
            }
            if (to > from && hasUpperCase(alts, from, to)) {
                addKey(keys, alts.substring(from, to));
            }
            from = to + 1;
        }
        return new Parsed(e, keys.toArray(new String[0]));
    }

    /**
     * GeoNames' all-lower-case alternate names are machine transliterations of names in other scripts
     * ("ayyr", "yi ai lei"); folded, they turned English words into far-away towns ("Air" into Hyères,
     * ResolverScenarioTest), and no English text writes a place in lower case.
     */
    private static boolean hasUpperCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addKey(List<String> keys, String name) {
        if (name.isEmpty()) {
            return;
        }
        String k = NameKey.of(name);
        if (!k.isEmpty() && !keys.contains(k)) {
            keys.add(k);
        }
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private static int split(String line, String[] out) {
        int n = 0, from = 0;
        while (n < out.length) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                out[n++] = line.substring(from);
                break;
            }
            out[n++] = line.substring(from, tab);
            from = tab + 1;
        }
        return n;
    }

    private void index(String name, GeoEntry e) {
        index(NameKey.of(name), e, true);
    }

    private void index(String key, GeoEntry e, boolean folded) {
        if (key.isEmpty()) {
            return;
        }
        GeoEntry[] cur = byKey.get(key);
        if (cur == null) {
            byKey.put(key, new GeoEntry[] {e});
            int words = 1;
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) == ' ') {
                    words++;
                }
            }
            // Articles dropped from the key still occupy a word in the text.
            maxWords = Math.max(maxWords, Math.min(words + 2, 8));
        } else {
            for (GeoEntry c : cur) {
                if (c == e) {
                    return;
                }
            }
            GeoEntry[] grown = Arrays.copyOf(cur, cur.length + 1);
            grown[cur.length] = e;
            byKey.put(key, grown);
        }
    }

    private void loadAdminNames(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    adminNames.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
    }

    /** First-level divisions become places of their own, at the centroid of their towns. */
    private void addAdmin1Regions(List<GeoEntry> places) {
        Map<String, double[]> sums = new HashMap<>();
        for (GeoEntry p : places) {
            double[] s = sums.computeIfAbsent(p.countryCode() + "." + p.admin1(), k -> new double[4]);
            s[0] += p.latitude();
            s[1] += p.longitude();
            s[2]++;
            s[3] += p.population();
        }
        for (var e : sums.entrySet()) {
            String code = e.getKey();
            String name = adminNames.get(code);
            if (name == null) {
                continue;
            }
            double[] s = e.getValue();
            int dot = code.indexOf('.');
            GeoEntry region = new GeoEntry(0, name, name, s[0] / s[2], s[1] / s[2], 'A', "ADM1", code.substring(0, dot),
                    code.substring(dot + 1), "", (long) s[3]);
            index(name, region);
            String bare = name.replaceAll("(?i)\\s+(governorate|province|region|state|district|oblast|muhafazah|vilayeti)$", "");
            if (!bare.equals(name)) {
                index(bare, region);
            }
        }
    }

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
        TsvReader.read(in, "regions.tsv", 6, "name, alternate names, demonyms, latitude, longitude, geonames id",
                f -> addCountry(new Country("", "", f[0], names(f[1]), names(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), f[5].isBlank() ? 0 : Long.parseLong(f[5].trim()))));
    }

    private void addCountry(Country c) {
        if (!c.isRegion()) {
            countries.put(c.iso2(), c);
        }
        countryKeys.put(NameKey.of(c.name()), new CountryMatch(c, false));
        c.alternateNames().forEach(a -> countryKeys.putIfAbsent(NameKey.of(a), new CountryMatch(c, false)));
        c.demonyms().forEach(d -> countryKeys.put(NameKey.of(d), new CountryMatch(c, true)));
    }

    private static List<String> names(String field) {
        return field.isEmpty() ? List.of() : Arrays.stream(field.split("\\|")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * Sitrep's own aliases, {@code alias <TAB> known name <TAB> country code}, for names GeoNames lacks
     * (Kurdish and colloquial ones); the alias points at the most populous place of that name.
     */
    private void loadAliases(InputStream in) {
        TsvReader.read(in, "place-aliases.tsv", 3, "alias, a name the gazetteer knows, country code", f -> {
            GeoEntry target = null;
            for (GeoEntry e : places(NameKey.of(f[1]))) {
                if (e.countryCode().equals(f[2].trim()) && (target == null || e.population() > target.population())) {
                    target = e;
                }
            }
            if (target == null) {
                throw new IllegalArgumentException("no place named '" + f[1] + "' in " + f[2] + " to alias");
            }
            index(f[0].trim(), target);
        });
    }

    @Override
    public List<GeoEntry> places(String key) {
        return Arrays.asList(byKey.getOrDefault(key, NONE));
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
    public int maxNameWords() {
        return maxWords;
    }

    @Override
    public int size() {
        return byId.size();
    }
}
