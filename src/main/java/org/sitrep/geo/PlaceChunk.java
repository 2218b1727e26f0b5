package org.sitrep.geo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One slice of a place file ({@link GazetteerField} columns, UTF-8), parsed into columns straight from its
 * bytes: slices of one file parse on several threads and {@link PlaceStore.Builder} joins them in order.
 * Codes are numbered per slice (the builder renumbers them), and each entry's name keys are kept as UTF-8
 * bytes with their {@link KeyIndex#hash}, so that the index is built without a String per key.
 */
final class PlaceChunk {
    /** Latitude and longitude are kept in units of 1e-5 degree: GeoNames' own precision, and exact. */
    static final double COORD_SCALE = 1e5;

    final String origin;
    final boolean countsForRegions;
    /** A user's own file, which may repeat places of the bundled ones. */
    final boolean userFile;
    int size;
    long[] ids;
    int[] lat;
    int[] lon;
    int[] population;
    short[] code;
    char[] area;
    int[] admin2;
    /** Names of entry i are names[nameEnd[i-1] .. nameEnd[i]): the name, then a tab and the ASCII name if any. */
    byte[] names;
    int[] nameEnd;
    int namesLength;

    int postings;
    int[] postingEntry;
    long[] postingHash;
    byte[] keys;
    int[] keyEnd;
    int keysLength;

    final Codes codes = new Codes();
    final Codes areas = new Codes();
    final Codes admin2s = new Codes();
    private NameKey.Folder folder = new NameKey.Folder();

    private PlaceChunk(String origin, boolean countsForRegions, boolean userFile, int lines, int bytes) {
        this.origin = origin;
        this.countsForRegions = countsForRegions;
        this.userFile = userFile;
        ids = new long[lines];
        lat = new int[lines];
        lon = new int[lines];
        population = new int[lines];
        code = new short[lines];
        area = new char[lines];
        admin2 = new int[lines];
        nameEnd = new int[lines];
        names = new byte[Math.max(16, bytes / 3)];
        postingEntry = new int[lines * 2 + 4];
        postingHash = new long[postingEntry.length];
        keyEnd = new int[postingEntry.length];
        keys = new byte[Math.max(16, bytes / 4)];
    }

    /** A line this slice cannot read: its number within the slice, which the loader makes the file's. */
    static final class BadLine extends IllegalArgumentException {
        final int line;

        BadLine(int line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }
    }

    /** Lines of the slice, the last one counted even without its line end. */
    int lines;

    /** Parses the lines of {@code data[0, length)}, which starts at a line start; errors are {@link BadLine}s. */
    static PlaceChunk parse(byte[] data, int length, String origin, boolean countsForRegions, boolean userFile) {
        PlaceChunk c = new PlaceChunk(origin, countsForRegions, userFile, length / 64 + 16, length);
        int[] start = new int[GazetteerField.count() + 1];
        int pos = 0;
        while (pos < length) {
            int end = pos;
            while (end < length && data[end] != '\n') {
                end++;
            }
            c.lines++;
            int lineEnd = end > pos && data[end - 1] == '\r' ? end - 1 : end;
            if (lineEnd > pos && data[pos] != '#') {
                try {
                    c.line(data, pos, lineEnd, start);
                } catch (IllegalArgumentException e) {
                    throw new BadLine(c.lines, e.getMessage(), e);
                }
            }
            pos = end + 1;
        }
        c.trim();
        return c;
    }

    /** Drops the arrays' slack: slices wait for one another, and their slack would be a gazetteer's worth. */
    private void trim() {
        ids = Arrays.copyOf(ids, size);
        lat = Arrays.copyOf(lat, size);
        lon = Arrays.copyOf(lon, size);
        population = Arrays.copyOf(population, size);
        code = Arrays.copyOf(code, size);
        area = Arrays.copyOf(area, size);
        admin2 = Arrays.copyOf(admin2, size);
        nameEnd = Arrays.copyOf(nameEnd, size);
        names = Arrays.copyOf(names, namesLength);
        postingEntry = Arrays.copyOf(postingEntry, postings);
        postingHash = Arrays.copyOf(postingHash, postings);
        keyEnd = Arrays.copyOf(keyEnd, postings);
        keys = Arrays.copyOf(keys, keysLength);
        folder = null;
    }

    /** The columns are in the store now: only the keys are still needed, for the index. */
    void releaseColumns() {
        ids = null;
        lat = null;
        lon = null;
        population = null;
        code = null;
        area = null;
        admin2 = null;
        nameEnd = null;
        names = null;
    }

    /** Room for one more entry. */
    private void ensureRoom() {
        if (size < ids.length) {
            return;
        }
        int n = ids.length * 2;
        ids = Arrays.copyOf(ids, n);
        lat = Arrays.copyOf(lat, n);
        lon = Arrays.copyOf(lon, n);
        population = Arrays.copyOf(population, n);
        code = Arrays.copyOf(code, n);
        area = Arrays.copyOf(area, n);
        admin2 = Arrays.copyOf(admin2, n);
        nameEnd = Arrays.copyOf(nameEnd, n);
    }

    private void line(byte[] d, int from, int to, int[] start) {
        int fields = GazetteerField.count();
        int n = 0;
        start[n++] = from;
        for (int i = from; i < to && n < start.length; i++) {
            if (d[i] == '\t') {
                start[n++] = i + 1;
            }
        }
        if (n < fields) {
            throw new IllegalArgumentException("expected " + fields + " tab-separated columns, got " + n);
        }
        if (n == fields) {
            start[n] = to + 1; // the end of the last field, as if a tab followed it
        }
        ensureRoom();
        int i = size;
        ids[i] = parseLong(d, start[0], end(start, 0));
        lat[i] = parseCoord(d, start[GazetteerField.LATITUDE.column()], end(start, GazetteerField.LATITUDE.column()));
        lon[i] = parseCoord(d, start[GazetteerField.LONGITUDE.column()], end(start, GazetteerField.LONGITUDE.column()));
        long pop = parseLong(d, start[GazetteerField.POPULATION.column()], end(start, GazetteerField.POPULATION.column()));
        population[i] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, pop));
        int fc = start[GazetteerField.FEATURE_CLASS.column()];
        byte fclass = fc < end(start, GazetteerField.FEATURE_CLASS.column()) ? d[fc] : (byte) 'P';
        code[i] = (short) codes.id(fclass, d, start, GazetteerField.FEATURE_CODE.column(), -1);
        area[i] = (char) areas.id((byte) 0, d, start, GazetteerField.COUNTRY_CODE.column(), GazetteerField.ADMIN1_CODE.column());
        admin2[i] = admin2s.id((byte) 0, d, start, GazetteerField.ADMIN2_CODE.column(), -1);
        if (areas.size() > Character.MAX_VALUE || codes.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct country/admin1 or feature codes");
        }

        int nameFrom = start[GazetteerField.NAME.column()], nameTo = end(start, GazetteerField.NAME.column());
        int asciiFrom = start[GazetteerField.ASCII_NAME.column()], asciiTo = end(start, GazetteerField.ASCII_NAME.column());
        appendName(d, nameFrom, nameTo, asciiFrom, asciiTo);
        nameEnd[i] = namesLength;

        // keys: the name and the ASCII name always; alternate names only with a capital (see addKey)
        int firstPosting = postings;
        addKey(d, nameFrom, nameTo, i, firstPosting, false);
        if (asciiTo > asciiFrom) {
            addKey(d, asciiFrom, asciiTo, i, firstPosting, false);
        }
        int a = start[GazetteerField.ALTERNATE_NAMES.column()], altsTo = end(start, GazetteerField.ALTERNATE_NAMES.column());
        while (a < altsTo) {
            int b = a;
            while (b < altsTo && d[b] != GazetteerField.NAME_SEPARATOR) {
                b++;
            }
            if (b > a) {
                addKey(d, a, b, i, firstPosting, true);
            }
            a = b + 1;
        }
        size++;
    }

    private static int end(int[] start, int field) {
        return start[field + 1] - 1;
    }

    /**
     * Codes numbered in order of first use, looked up by their bytes so that a known code costs no String:
     * "PPPL" (class and feature code), "SY.01" (country and admin1), admin2 codes.
     */
    static final class Codes {
        private final List<String> values = new ArrayList<>();
        private final List<byte[]> bytes = new ArrayList<>();
        private int[] slots = new int[64]; // id + 1; 0 is empty
        private long[] slotHash = new long[64];
        private byte[] key = new byte[64];

        int size() {
            return values.size();
        }

        List<String> values() {
            return values;
        }

        /** The number of {@code prefix} (0: none) + field a (+ '.' + field b, if b ≥ 0) of the line. */
        int id(byte prefix, byte[] d, int[] start, int a, int b) {
            int n = 0;
            int aFrom = start[a], aTo = end(start, a);
            int need = 2 + aTo - aFrom + (b >= 0 ? end(start, b) - start[b] : 0);
            if (key.length < need) {
                key = new byte[need * 2];
            }
            if (prefix != 0) {
                key[n++] = prefix;
            }
            System.arraycopy(d, aFrom, key, n, aTo - aFrom);
            n += aTo - aFrom;
            if (b >= 0) {
                key[n++] = '.';
                System.arraycopy(d, start[b], key, n, end(start, b) - start[b]);
                n += end(start, b) - start[b];
            }
            long h = KeyIndex.hash(key, 0, n);
            int mask = slots.length - 1;
            for (int s = (int) h & mask; ; s = (s + 1) & mask) {
                int id = slots[s] - 1;
                if (id < 0) {
                    values.add(new String(key, 0, n, StandardCharsets.UTF_8));
                    bytes.add(Arrays.copyOf(key, n));
                    slots[s] = values.size();
                    slotHash[s] = h;
                    if (values.size() * 2 > slots.length) {
                        grow();
                    }
                    return values.size() - 1;
                }
                if (slotHash[s] == h && Arrays.equals(bytes.get(id), 0, bytes.get(id).length, key, 0, n)) {
                    return id;
                }
            }
        }

        private void grow() {
            int[] old = slots;
            long[] oldHash = slotHash;
            slots = new int[old.length * 2];
            slotHash = new long[old.length * 2];
            int mask = slots.length - 1;
            for (int i = 0; i < old.length; i++) {
                if (old[i] != 0) {
                    int s = (int) oldHash[i] & mask;
                    while (slots[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = old[i];
                    slotHash[s] = oldHash[i];
                }
            }
        }
    }

    private void appendName(byte[] d, int nameFrom, int nameTo, int asciiFrom, int asciiTo) {
        int need = nameTo - nameFrom + (asciiTo > asciiFrom ? asciiTo - asciiFrom + 1 : 0);
        if (namesLength + need > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + need));
        }
        System.arraycopy(d, nameFrom, names, namesLength, nameTo - nameFrom);
        namesLength += nameTo - nameFrom;
        if (asciiTo > asciiFrom) {
            names[namesLength++] = '\t';
            System.arraycopy(d, asciiFrom, names, namesLength, asciiTo - asciiFrom);
            namesLength += asciiTo - asciiFrom;
        }
    }

    /**
     * Adds the folded name in {@code d[from, to)} as a key of entry {@code i}, unless the entry has that key
     * already (postings from {@code firstPosting} on are the entry's). Alternate names count only with a
     * capital: GeoNames' all-lower-case ones are machine transliterations of names in other scripts ("ayyr",
     * "yi ai lei"); folded, they turned English words into far-away towns ("Air" into Hyères,
     * ResolverScenarioTest), and no English text writes a place in lower case. Scripts without case
     * (Arabic) are left out for the same reason: reports in English do not write them.
     */
    private void addKey(byte[] d, int from, int to, int i, int firstPosting, boolean alternate) {
        folder.decode(d, from, to);
        if (alternate && !folder.hasUpperCase()) {
            return;
        }
        int len = folder.keyLength();
        if (len == 0) {
            return;
        }
        if (keysLength + len * 3 > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysLength + len * 3));
        }
        int start = keysLength, n = start;
        char[] k = folder.out;
        for (int j = 0; j < len; j++) { // UTF-8, as String.getBytes writes it
            char c = k[j];
            if (c < 0x80) {
                keys[n++] = (byte) c;
            } else if (c < 0x800) {
                keys[n++] = (byte) (0xC0 | c >> 6);
                keys[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && j + 1 < len && Character.isLowSurrogate(k[j + 1])) {
                int cp = Character.toCodePoint(c, k[++j]);
                if (n + 4 > keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                }
                keys[n++] = (byte) (0xF0 | cp >> 18);
                keys[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                keys[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                keys[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                keys[n++] = '?';
            } else {
                keys[n++] = (byte) (0xE0 | c >> 12);
                keys[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                keys[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        long h = KeyIndex.hash(keys, start, n);
        for (int p = firstPosting; p < postings; p++) {
            int pFrom = p == 0 ? 0 : keyEnd[p - 1];
            if (postingHash[p] == h && Arrays.equals(keys, pFrom, keyEnd[p], keys, start, n)) {
                return; // the entry has this key already
            }
        }
        if (postings == postingEntry.length) {
            int size2 = postings * 2;
            postingEntry = Arrays.copyOf(postingEntry, size2);
            postingHash = Arrays.copyOf(postingHash, size2);
            keyEnd = Arrays.copyOf(keyEnd, size2);
        }
        keysLength = n;
        postingEntry[postings] = i;
        postingHash[postings] = h;
        keyEnd[postings++] = n;
    }

    private static long parseLong(byte[] d, int from, int to) {
        if (to <= from) {
            return 0;
        }
        boolean neg = d[from] == '-';
        int i = neg ? from + 1 : from;
        if (i == to || to - i > 18) {
            throw new NumberFormatException("not a whole number: '" + text(d, from, to) + "'");
        }
        long v = 0;
        for (; i < to; i++) {
            int c = d[i] - '0';
            if (c < 0 || c > 9) {
                throw new NumberFormatException("not a whole number: '" + text(d, from, to) + "'");
            }
            v = v * 10 + c;
        }
        return neg ? -v : v;
    }

    /** Degrees as whole 1e-5 units; more decimals (a user's own file) are rounded to that. */
    private static int parseCoord(byte[] d, int from, int to) {
        int i = from;
        boolean neg = i < to && d[i] == '-';
        if (neg) {
            i++;
        }
        long v = 0;
        int digits = 0, decimals = -1;
        for (; i < to; i++) {
            byte c = d[i];
            if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && (decimals < 0 ? digits < 4 : decimals < 5)) {
                v = v * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else {
                return slowCoord(d, from, to);
            }
        }
        if (digits == 0) {
            throw new NumberFormatException("not a coordinate: '" + text(d, from, to) + "'");
        }
        for (int k = Math.max(decimals, 0); k < 5; k++) {
            v *= 10;
        }
        return (int) (neg ? -v : v);
    }

    private static int slowCoord(byte[] d, int from, int to) {
        double deg = Double.parseDouble(text(d, from, to));
        if (!(Math.abs(deg) <= 360)) {
            throw new NumberFormatException("not a coordinate: '" + text(d, from, to) + "'");
        }
        return (int) Math.round(deg * COORD_SCALE);
    }

    private static String text(byte[] d, int from, int to) {
        return new String(d, from, to - from, StandardCharsets.UTF_8);
    }
}
