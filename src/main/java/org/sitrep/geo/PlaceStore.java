package org.sitrep.geo;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The gazetteer's places as columns of primitives, about 45 bytes a place where a {@link GeoEntry} with its
 * Strings took over 200: ids, coordinates in 1e-5 degrees, populations, numbered feature codes, country and
 * admin codes, and names as UTF-8 in one array. A {@link GeoEntry} is made when a lookup asks for it.
 * Entries past the file places ({@code extra}: first-level regions) are kept as objects.
 */
final class PlaceStore {
    private final int size;
    private final long[] ids;
    private final int[] lat;
    private final int[] lon;
    private final int[] population;
    private final short[] code;
    private final char[] area;
    private final int[] admin2;
    private final byte[] names;
    private final int[] nameEnd;
    /** Feature class and code, "PPPL"; country and admin1 codes of each area; admin2 codes. */
    private final String[] codes;
    private final String[] areaCountry;
    private final String[] areaAdmin1;
    private final String[] admin2s;
    private final List<GeoEntry> extra;
    private final KeyIndex index;

    private PlaceStore(Builder b, KeyIndex index) {
        size = b.size;
        ids = b.ids;
        lat = b.lat;
        lon = b.lon;
        population = b.population;
        code = b.code;
        area = b.area;
        admin2 = b.admin2;
        names = Arrays.copyOf(b.names, b.namesLength);
        nameEnd = b.nameEnd;
        codes = b.codes.toArray(new String[0]);
        areaCountry = new String[b.areas.size()];
        areaAdmin1 = new String[b.areas.size()];
        for (int i = 0; i < areaCountry.length; i++) {
            String a = b.areas.get(i);
            int dot = a.indexOf('.');
            areaCountry[i] = a.substring(0, dot).intern();
            areaAdmin1[i] = a.substring(dot + 1).intern();
        }
        admin2s = b.admin2s.toArray(new String[0]);
        extra = List.copyOf(b.extra);
        this.index = index;
    }

    private PlaceStore(Snapshot.In in) throws java.io.IOException {
        int[] counts = in.ints();
        size = counts[0];
        ids = in.longs();
        lat = in.ints();
        lon = in.ints();
        population = in.ints();
        code = in.shorts();
        area = in.chars();
        admin2 = in.ints();
        names = in.bytes();
        nameEnd = in.ints();
        codes = in.strings();
        areaCountry = in.strings();
        areaAdmin1 = in.strings();
        for (int i = 0; i < areaCountry.length; i++) {
            areaCountry[i] = areaCountry[i].intern();
            areaAdmin1[i] = areaAdmin1[i].intern();
        }
        admin2s = in.strings();
        extra = List.copyOf(in.entries());
        index = KeyIndex.readFrom(in);
        if (ids.length != size || lat.length != size || nameEnd.length != size || counts[1] != extra.size()) {
            throw new java.io.IOException("columns of " + ids.length + "/" + lat.length + "/" + nameEnd.length
                    + " places where the header says " + size + ": the snapshot is damaged");
        }
    }

    /** This store in {@link Snapshot}'s layout; {@link #readFrom} reads it back. */
    void writeTo(Snapshot.Out out) throws java.io.IOException {
        out.ints(size, extra.size());
        out.longs(ids);
        out.ints(lat);
        out.ints(lon);
        out.ints(population);
        out.shorts(code);
        out.chars(area);
        out.ints(admin2);
        out.bytes(names);
        out.ints(nameEnd);
        out.strings(codes);
        out.strings(areaCountry);
        out.strings(areaAdmin1);
        out.strings(admin2s);
        out.entries(extra);
        index.writeTo(out);
    }

    static PlaceStore readFrom(Snapshot.In in) throws java.io.IOException {
        return new PlaceStore(in);
    }

    /** Places from files, regions not counted. */
    int size() {
        return size;
    }

    int maxWords() {
        return index.maxWords();
    }

    int keys() {
        return index.keys();
    }

    /** Bytes the columns and the index hold (array contents, not headers or the small code tables). */
    long footprint() {
        return (long) size * (8 + 4 + 4 + 4 + 2 + 2 + 4 + 4) + names.length + index.footprint();
    }

    /** The name key at {@code ordinal} of the index (0 ≤ ordinal < {@link #keys}). */
    String key(int ordinal) {
        return index.key(ordinal);
    }

    /** Entry numbers under the key at {@code ordinal}. */
    int[] entriesOf(int ordinal) {
        return index.entries(ordinal);
    }

    /** The country code of entry {@code i}, without making its {@link GeoEntry}. */
    String countryOf(int i) {
        return i >= size ? extra.get(i - size).countryCode() : areaCountry[area[i]];
    }

    /** Entry numbers under a name key, in load order. */
    int[] lookup(String key) {
        return index.lookup(key);
    }

    /** Each file place of feature code {@code fcode} ("PPLA"), in load order. */
    void forEachWithCode(String fcode, java.util.function.Consumer<GeoEntry> action) {
        for (int i = 0; i < size; i++) {
            String c = codes[code[i]];
            if (c.length() == fcode.length() + 1 && c.endsWith(fcode)) {
                action.accept(entry(i));
            }
        }
    }

    /** Each file place of class P ("PPL", "PPLA", ...), in load order, without making its {@link GeoEntry}. */
    void forEachTown(TownVisitor v) {
        for (int i = 0; i < size; i++) {
            if (codes[code[i]].charAt(0) == 'P') {
                v.visit(i, areaCountry[area[i]], areaAdmin1[area[i]], lat[i] / PlaceChunk.COORD_SCALE, lon[i] / PlaceChunk.COORD_SCALE, population[i]);
            }
        }
    }

    GeoEntry entry(int i) {
        if (i >= size) {
            return extra.get(i - size);
        }
        int from = i == 0 ? 0 : nameEnd[i - 1], to = nameEnd[i];
        int tab = from;
        while (tab < to && names[tab] != '\t') {
            tab++;
        }
        String name = new String(names, from, tab - from, StandardCharsets.UTF_8);
        String ascii = tab < to ? new String(names, tab + 1, to - tab - 1, StandardCharsets.UTF_8) : "";
        String c = codes[code[i]];
        long id = ids[i];
        return new GeoEntry(Math.max(0, id), name, ascii, lat[i] / PlaceChunk.COORD_SCALE, lon[i] / PlaceChunk.COORD_SCALE,
                c.charAt(0), c.substring(1), areaCountry[area[i]], areaAdmin1[area[i]], admin2s[admin2[i]], population[i]);
    }

    /** The entries as a list that makes each {@link GeoEntry} on first use and keeps it. */
    List<GeoEntry> list(int[] entries) {
        return entries.length == 0 ? List.of() : new Entries(entries);
    }

    private final class Entries extends AbstractList<GeoEntry> implements RandomAccess {
        private final int[] entries;
        private final GeoEntry[] made;

        Entries(int[] entries) {
            this.entries = entries;
            this.made = new GeoEntry[entries.length];
        }

        @Override
        public GeoEntry get(int i) {
            GeoEntry e = made[i];
            if (e == null) {
                e = entry(entries[i]);
                made[i] = e;
            }
            return e;
        }

        @Override
        public int size() {
            return entries.length;
        }
    }

    /** Joins parsed chunks in order, drops repeated ids (a user's dump repeats bundled places), indexes the keys. */
    static final class Builder {
        private int size;
        private long[] ids;
        private int[] lat;
        private int[] lon;
        private int[] population;
        private short[] code;
        private char[] area;
        private int[] admin2;
        private byte[] names;
        private int[] nameEnd;
        private int namesLength;
        private final List<String> codes = new ArrayList<>();
        private final List<String> areas = new ArrayList<>();
        private final List<String> admin2s = new ArrayList<>();
        private final Map<String, Integer> codeIds = new HashMap<>();
        private final Map<String, Integer> areaIds = new HashMap<>();
        private final Map<String, Integer> admin2Ids = new HashMap<>();
        private final List<GeoEntry> extra = new ArrayList<>();
        private final List<String> extraKeys = new ArrayList<>();
        private final List<Integer> extraKeyEntry = new ArrayList<>();
        /** Ids so far, kept only once a source that may repeat them (a user's dump) comes. */
        private LongSet seenIds;
        private final List<PlaceChunk> chunks;
        private final List<int[]> chunkEntry = new ArrayList<>();
        /** Per area: the places that count for regions (cities500's). */
        private final AreaPoints areaPoints = new AreaPoints();
        /** Per second-level division: the same places, for counties the gazetteer has no entry of. */
        final CountyPoints counties = new CountyPoints();

        Builder(List<PlaceChunk> chunks) {
            this.chunks = new ArrayList<>(chunks);
            int total = 0, bytes = 0;
            for (PlaceChunk c : chunks) {
                total += c.size;
                bytes += c.namesLength;
            }
            ids = new long[total];
            lat = new int[total];
            lon = new int[total];
            population = new int[total];
            code = new short[total];
            area = new char[total];
            admin2 = new int[total];
            nameEnd = new int[total];
            names = new byte[bytes];
            for (PlaceChunk c : chunks) {
                add(c);
            }
        }

        private void add(PlaceChunk c) {
            int[] codeMap = renumber(c.codes.values(), codes, codeIds), areaMap = renumber(c.areas.values(), areas, areaIds);
            int[] admin2Map = renumber(c.admin2s.values(), admin2s, admin2Ids);
            if (areas.size() > Character.MAX_VALUE || codes.size() > Short.MAX_VALUE) {
                throw new IllegalArgumentException(c.origin + ": too many distinct country/admin1 or feature codes");
            }
            if (c.userFile && seenIds == null) {
                // the bundled files repeat no id (scripts/build-wof.py leaves out what cities500 has)
                seenIds = new LongSet(ids.length);
                for (int g = 0; g < size; g++) {
                    if (ids[g] > 0) {
                        seenIds.add(ids[g]);
                    }
                }
            }
            int[] global = new int[c.size];
            for (int i = 0; i < c.size; i++) {
                // id 0 or below (no GeoNames id) is never a repeat; a repeated GeoNames id keeps its first place
                if (seenIds != null && c.ids[i] > 0 && !seenIds.add(c.ids[i])) {
                    global[i] = -1;
                    continue;
                }
                int g = size++;
                global[i] = g;
                ids[g] = c.ids[i];
                lat[g] = c.lat[i];
                lon[g] = c.lon[i];
                population[g] = c.population[i];
                code[g] = (short) codeMap[c.code[i]];
                area[g] = (char) areaMap[c.area[i]];
                admin2[g] = admin2Map[c.admin2[i]];
                int from = i == 0 ? 0 : c.nameEnd[i - 1];
                System.arraycopy(c.names, from, names, namesLength, c.nameEnd[i] - from);
                namesLength += c.nameEnd[i] - from;
                nameEnd[g] = namesLength;
                if (c.countsForRegions) {
                    areaPoints.add(area[g], lat[g] / PlaceChunk.COORD_SCALE, lon[g] / PlaceChunk.COORD_SCALE, population[g]);
                    counties.add(areas.get(area[g]), admin2s.get(admin2[g]), lat[g] / PlaceChunk.COORD_SCALE,
                            lon[g] / PlaceChunk.COORD_SCALE, population[g], g);
                }
            }
            chunkEntry.add(global);
            c.releaseColumns();
        }

        private static int[] renumber(List<String> local, List<String> all, Map<String, Integer> ids) {
            int[] map = new int[local.size()];
            for (int i = 0; i < map.length; i++) {
                String s = local.get(i);
                Integer id = ids.get(s);
                if (id == null) {
                    id = all.size();
                    all.add(s);
                    ids.put(s, id);
                }
                map[i] = id;
            }
            return map;
        }

        /**
         * Visits each country.admin1 area with its point ({@link AreaPoints}) and its places' population, in the
         * order a HashMap of the area codes gives, as the loader always has (the order of same-named regions
         * in a key's list).
         */
        void forEachArea(AreaVisitor v) {
            Map<String, Integer> byCode = new HashMap<>();
            for (int i = 0; i < areas.size(); i++) {
                if (areaPoints.count(i) > 0) {
                    byCode.put(areas.get(i), i);
                }
            }
            for (var e : byCode.entrySet()) {
                int i = e.getValue();
                v.visit(e.getKey(), areaPoints.latitude(i), areaPoints.longitude(i), areaPoints.population(i));
            }
        }

        interface AreaVisitor {
            void visit(String countryDotAdmin1, double lat, double lon, long population);
        }

        /** The name of file place {@code g} as its file spells it (its ASCII form follows a tab). */
        String name(int g) {
            int from = g == 0 ? 0 : nameEnd[g - 1], tab = from;
            while (tab < nameEnd[g] && names[tab] != '\t') {
                tab++;
            }
            return new String(names, from, tab - from, StandardCharsets.UTF_8);
        }

        /** A place that is not in a file (a first-level region), indexed under the given names. */
        void addExtra(GeoEntry e, String... names) {
            extra.add(e);
            int entry = size + extra.size() - 1;
            int first = extraKeys.size();
            for (String n : names) {
                String k = NameKey.of(n);
                if (!k.isEmpty() && !extraKeys.subList(first, extraKeys.size()).contains(k)) {
                    extraKeys.add(k);
                    extraKeyEntry.add(entry);
                }
            }
        }

        PlaceStore build() {
            List<KeyIndex.Segment> segments = new ArrayList<>(chunks.size() + 1);
            for (int ci = 0; ci < chunks.size(); ci++) {
                PlaceChunk c = chunks.get(ci);
                int[] global = chunkEntry.get(ci);
                int[] entry = new int[c.postings];
                for (int i = 0; i < c.postings; i++) {
                    entry[i] = global[c.postingEntry[i]];
                }
                segments.add(new KeyIndex.Segment(c.postingHash, entry, c.keys, c.keyEnd, c.postings));
            }
            int n = extraKeys.size();
            long[] hash = new long[n];
            int[] entry = new int[n];
            int[] keyEnd = new int[n];
            byte[] bytes = String.join("", extraKeys).getBytes(StandardCharsets.UTF_8);
            for (int i = 0, end = 0; i < n; i++) {
                byte[] k = extraKeys.get(i).getBytes(StandardCharsets.UTF_8);
                hash[i] = KeyIndex.hash(k, 0, k.length);
                entry[i] = extraKeyEntry.get(i);
                end += k.length;
                keyEnd[i] = end;
            }
            segments.add(new KeyIndex.Segment(hash, entry, bytes, keyEnd, n));
            chunks.clear(); // the segments hold what the index needs of them
            chunkEntry.clear();
            if (size < ids.length) { // repeated ids dropped: trim the columns
                ids = Arrays.copyOf(ids, size);
                lat = Arrays.copyOf(lat, size);
                lon = Arrays.copyOf(lon, size);
                population = Arrays.copyOf(population, size);
                code = Arrays.copyOf(code, size);
                area = Arrays.copyOf(area, size);
                admin2 = Arrays.copyOf(admin2, size);
                nameEnd = Arrays.copyOf(nameEnd, size);
            }
            return new PlaceStore(this, KeyIndex.build(segments));
        }
    }

    /** A set of positive longs by open addressing, for the id check while joining chunks. */
    static final class LongSet {
        private long[] slots;
        private int count;

        LongSet(int expected) {
            slots = new long[Integer.highestOneBit(Math.max(16, expected * 2)) << 1];
        }

        /** Adds {@code v} (> 0); false if it was there already. */
        boolean add(long v) {
            if (count * 2 >= slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                count = 0;
                for (long o : old) {
                    if (o != 0) {
                        add(o);
                    }
                }
            }
            int mask = slots.length - 1;
            int i = (int) (v * 0x9E3779B97F4A7C15L >>> 33) & mask;
            while (slots[i] != 0) {
                if (slots[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            count++;
            return true;
        }
    }
}
