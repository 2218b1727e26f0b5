package org.sitrep.geo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Name key → gazetteer entries, packed: the keys' 64-bit hashes sorted in one {@code long[]}, the keys
 * themselves as UTF-8 in one {@code byte[]} (a lookup compares them, so two keys of one hash never mix),
 * and the entry lists in one {@code int[]}. A key of a single entry (most of them: villages) stores that
 * entry in place of a list. About 30 bytes a key, where a HashMap of Strings took over 150.
 */
final class KeyIndex {
    private static final int[] NONE = new int[0];

    private final long[] hashes;
    private final byte[] keyBytes;
    private final int[] keyEnd;
    /** Negative: -(entry + 1) of the key's only entry; else the offset in {@link #lists} of {count, entries...}. */
    private final int[] entries;
    private final int[] lists;
    private final int maxWords;

    private KeyIndex(long[] hashes, byte[] keyBytes, int[] keyEnd, int[] entries, int[] lists, int maxWords) {
        this.hashes = hashes;
        this.keyBytes = keyBytes;
        this.keyEnd = keyEnd;
        this.entries = entries;
        this.lists = lists;
        this.maxWords = maxWords;
    }

    void writeTo(Snapshot.Out out) throws java.io.IOException {
        out.ints(maxWords);
        out.longs(hashes);
        out.bytes(keyBytes);
        out.ints(keyEnd);
        out.ints(entries);
        out.ints(lists);
    }

    static KeyIndex readFrom(Snapshot.In in) throws java.io.IOException {
        int maxWords = in.ints()[0];
        long[] hashes = in.longs();
        byte[] keyBytes = in.bytes();
        int[] keyEnd = in.ints();
        int[] entries = in.ints();
        int[] lists = in.ints();
        if (keyEnd.length != hashes.length || entries.length != hashes.length) {
            throw new java.io.IOException(hashes.length + " keys but " + keyEnd.length + " ends and " + entries.length
                    + " entries: the snapshot is damaged");
        }
        return new KeyIndex(hashes, keyBytes, keyEnd, entries, lists, maxWords);
    }

    /** FNV-1a over the key's UTF-8 bytes, finished with MurmurHash3's mixer so that all 64 bits vary. */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Entries under {@code key}, in the order they were added; empty when none. */
    int[] lookup(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        long h = hash(b, 0, b.length);
        int k = lowerBound(h);
        for (; k < hashes.length && hashes[k] == h; k++) {
            int from = k == 0 ? 0 : keyEnd[k - 1];
            if (Arrays.equals(keyBytes, from, keyEnd[k], b, 0, b.length)) {
                return entries(k);
            }
        }
        return NONE;
    }

    private int lowerBound(long h) {
        return lowerBound(hashes, h);
    }

    /** The first index of the sorted {@code a} whose value is not below {@code v} ({@code a.length} if none). */
    static int lowerBound(long[] a, long v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int maxWords() {
        return maxWords;
    }

    int keys() {
        return hashes.length;
    }

    /** The key at {@code ordinal} (0 ≤ ordinal < {@link #keys}), in hash order. */
    String key(int ordinal) {
        int from = ordinal == 0 ? 0 : keyEnd[ordinal - 1];
        return new String(keyBytes, from, keyEnd[ordinal] - from, StandardCharsets.UTF_8);
    }

    /** The entries of the key at {@code ordinal}. */
    int[] entries(int ordinal) {
        int e = entries[ordinal];
        return e < 0 ? new int[] {-e - 1} : Arrays.copyOfRange(lists, e + 1, e + 1 + lists[e]);
    }

    long footprint() {
        return 8L * hashes.length + keyBytes.length + 4L * keyEnd.length + 4L * entries.length + 4L * lists.length;
    }

    /**
     * Postings of one source: posting i says entry {@code entry[i]} (skipped if negative) has the key whose
     * UTF-8 bytes are {@code keys[keyEnd[i-1], keyEnd[i])} and whose {@link #hash} is {@code hash[i]}.
     */
    record Segment(long[] hash, int[] entry, byte[] keys, int[] keyEnd, int count) {
    }

    /** Top bits of the hash pick one of these buckets, each small enough to sort and group in cache. */
    private static final int BUCKET_BITS = 8;

    /**
     * Builds the index. Postings are first dealt into buckets by the top bits of their hash (key bytes
     * along), then each bucket is sorted, grouped by key and packed on its own, in parallel; the buckets'
     * parts join in order. Postings of one key keep the segments' order.
     */
    static KeyIndex build(List<Segment> segments) {
        Part[] parts = pack(segments);
        int keys = 0, listsLen = 0, bytesLen = 0, maxWords = 1;
        for (Part p : parts) {
            keys += p.keys;
            listsLen += p.listsLen;
            bytesLen += p.bytesLen;
            maxWords = Math.max(maxWords, p.maxWords);
        }
        long[] hashes = new long[keys];
        int[] ends = new int[keys];
        int[] entries = new int[keys];
        int[] lists = new int[listsLen];
        byte[] keyBytes = new byte[bytesLen];
        int k = 0, l = 0, y = 0;
        for (Part p : parts) {
            System.arraycopy(p.hashes, 0, hashes, k, p.keys);
            for (int i = 0; i < p.keys; i++) {
                ends[k + i] = p.keyEnd[i] + y;
                entries[k + i] = p.entries[i] < 0 ? p.entries[i] : p.entries[i] + l;
            }
            System.arraycopy(p.lists, 0, lists, l, p.listsLen);
            System.arraycopy(p.keyBytes, 0, keyBytes, y, p.bytesLen);
            k += p.keys;
            l += p.listsLen;
            y += p.bytesLen;
        }
        return new KeyIndex(hashes, keyBytes, ends, entries, lists, maxWords);
    }

    /** Deals the postings into buckets (emptying {@code segments}) and packs each bucket. */
    private static Part[] pack(List<Segment> segments) {
        int buckets = 1 << BUCKET_BITS;
        int[] start = new int[buckets + 1];
        int[] byteStart = new int[buckets + 1];
        for (Segment s : segments) {
            for (int i = 0; i < s.count(); i++) {
                if (s.entry()[i] >= 0) {
                    int b = bucket(s.hash()[i]);
                    start[b + 1]++;
                    byteStart[b + 1] += s.keyEnd()[i] - (i == 0 ? 0 : s.keyEnd()[i - 1]);
                }
            }
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
            byteStart[b + 1] += byteStart[b];
        }
        int n = start[buckets];
        long[] hash = new long[n];
        int[] entry = new int[n];
        int[] keyEnd = new int[n];
        byte[] bytes = new byte[byteStart[buckets]];
        int[] pos = Arrays.copyOf(start, buckets);
        int[] bytePos = Arrays.copyOf(byteStart, buckets);
        for (Segment s : segments) {
            for (int i = 0; i < s.count(); i++) {
                if (s.entry()[i] < 0) {
                    continue;
                }
                int b = bucket(s.hash()[i]);
                int p = pos[b]++;
                int from = i == 0 ? 0 : s.keyEnd()[i - 1], len = s.keyEnd()[i] - from;
                System.arraycopy(s.keys(), from, bytes, bytePos[b], len);
                bytePos[b] += len;
                hash[p] = s.hash()[i];
                entry[p] = s.entry()[i];
                keyEnd[p] = bytePos[b];
            }
        }
        segments.clear(); // their postings are in the buckets now: let the collector have them
        return IntStream.range(0, buckets).parallel()
                .mapToObj(b -> Part.of(hash, entry, keyEnd, bytes, start[b], start[b + 1], byteStart[b]))
                .toArray(Part[]::new);
    }

    /** The bucket of a hash, so that buckets in order hold hashes in (signed) order. */
    private static int bucket(long h) {
        return (int) ((h ^ Long.MIN_VALUE) >>> (64 - BUCKET_BITS));
    }

    /** One bucket's keys, packed like the whole index. */
    private static final class Part {
        long[] hashes;
        int[] keyEnd;
        int[] entries;
        int[] lists;
        byte[] keyBytes;
        int keys;
        int listsLen;
        int bytesLen;
        int maxWords = 1;

        static Part of(long[] hash, int[] entry, int[] keyEnd, byte[] bytes, int from, int to, int firstByte) {
            int n = to - from;
            int[] order = sort(hash, from, n);
            Part p = new Part();
            p.hashes = new long[n];
            p.keyEnd = new int[n];
            p.entries = new int[n];
            p.lists = new int[n + 16];
            p.keyBytes = new byte[(to > from ? keyEnd[to - 1] : firstByte) - firstByte];
            boolean[] done = new boolean[n];
            for (int a = 0; a < n; ) {
                long h = hash[from + order[a]];
                int b = a + 1;
                while (b < n && hash[from + order[b]] == h) {
                    b++;
                }
                // one hash, almost always one key; a 64-bit collision splits into keys of their own
                for (int first = a; first < b; first++) {
                    if (done[first]) {
                        continue;
                    }
                    int p0 = from + order[first];
                    int kFrom = p0 == from ? firstByte : keyEnd[p0 - 1], kTo = keyEnd[p0];
                    int listStart = p.listsLen, count = 0;
                    if (p.listsLen + 1 + (b - first) > p.lists.length) {
                        p.lists = Arrays.copyOf(p.lists, Math.max(p.lists.length * 2, p.listsLen + 1 + b - first));
                    }
                    p.listsLen++;
                    for (int q = first; q < b; q++) {
                        int pq = from + order[q];
                        int qFrom = pq == from ? firstByte : keyEnd[pq - 1];
                        if (!done[q] && (q == first || Arrays.equals(bytes, qFrom, keyEnd[pq], bytes, kFrom, kTo))) {
                            done[q] = true;
                            if (count == 0 || p.lists[p.listsLen - 1] != entry[pq]) {
                                p.lists[p.listsLen++] = entry[pq];
                                count++;
                            }
                        }
                    }
                    System.arraycopy(bytes, kFrom, p.keyBytes, p.bytesLen, kTo - kFrom);
                    p.bytesLen += kTo - kFrom;
                    int words = 1;
                    for (int i = kFrom; i < kTo; i++) {
                        if (bytes[i] == ' ') {
                            words++;
                        }
                    }
                    // articles dropped from the key still occupy a word in the text
                    p.maxWords = Math.max(p.maxWords, Math.min(words + 2, 8));
                    p.hashes[p.keys] = h;
                    p.keyEnd[p.keys] = p.bytesLen;
                    if (count == 1) {
                        p.entries[p.keys] = -p.lists[listStart + 1] - 1;
                        p.listsLen = listStart;
                    } else {
                        p.lists[listStart] = count;
                        p.entries[p.keys] = listStart;
                    }
                    p.keys++;
                }
                a = b;
            }
            return p;
        }

        /**
         * Positions 0..n-1 of {@code hash[from..]} in hash order, stably: a counting sort on the 12 bits
         * below the bucket's, then insertion sort within those (a few postings each).
         */
        private static int[] sort(long[] hash, int from, int n) {
            int bits = 12, shift = 64 - BUCKET_BITS - bits;
            int[] count = new int[(1 << bits) + 1];
            for (int i = 0; i < n; i++) {
                count[(int) (hash[from + i] >>> shift & ((1 << bits) - 1)) + 1]++;
            }
            for (int i = 0; i < 1 << bits; i++) {
                count[i + 1] += count[i];
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[count[(int) (hash[from + i] >>> shift & ((1 << bits) - 1))]++] = i;
            }
            for (int i = 1; i < n; i++) {
                int x = order[i];
                long hx = hash[from + x];
                int j = i - 1;
                while (j >= 0 && hash[from + order[j]] > hx) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            return order;
        }
    }
}
