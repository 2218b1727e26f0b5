package org.sitrep.geo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Name keys by consonant skeleton ({@link NameKey#skeleton}), for names a report spells otherwise than the
 * gazetteer: "Tell Tamr" for "Tall at Tamr", "Kafr Dael" for "Kafr Da`il". Only the keys of places in
 * countries whose names reach English through transliteration are indexed (transliterated-countries.txt):
 * elsewhere a name's spelling is its own and a near miss is another place.
 *
 * <p>One sorted {@code long[]}: the skeleton's hash in the high {@link #HASH_BITS} bits, the key's ordinal
 * in the {@link PlaceStore} in the rest, about 8 bytes a key. A hash prefix can collide; a lookup checks
 * each key's skeleton again, so a collision costs time, never a wrong key.
 */
final class VariantIndex {
    static final int ORDINAL_BITS = 26;
    static final int HASH_BITS = 64 - ORDINAL_BITS;
    /** The most a variant's spelling may differ: one consonant or three vowels (VariantIndexTest). */
    static final double MAX_DISTANCE = 1.5;
    /** ... and at most this much per letter of the key, so that short names stay exact. */
    static final double MAX_DISTANCE_PER_LETTER = 0.15;

    private final PlaceStore store;
    private final long[] packed;

    private VariantIndex(PlaceStore store, long[] packed) {
        this.store = store;
        this.packed = packed;
    }

    /** A key the index holds and how far its spelling is from the one looked up. */
    record Variant(String key, double distance) {
    }

    /** {@link #build} on a daemon thread of its own; a failure completes the future with it. */
    static java.util.concurrent.CompletableFuture<VariantIndex> inBackground(PlaceStore store, Set<String> countries) {
        var out = new java.util.concurrent.CompletableFuture<VariantIndex>();
        Thread t = new Thread(() -> {
            try {
                out.complete(build(store, countries));
            } catch (RuntimeException | Error e) {
                out.completeExceptionally(e); // the first lookup rethrows it, with its cause
            }
        }, "gazetteer-variants");
        t.setDaemon(true);
        t.start();
        return out;
    }

    static VariantIndex build(PlaceStore store, Set<String> countries) {
        int n = store.keys();
        if (n >= 1 << ORDINAL_BITS) {
            throw new IllegalStateException("the gazetteer holds " + n + " name keys; the variant index takes at most "
                    + (1 << ORDINAL_BITS));
        }
        // a million keys: skeletons in parallel, -1 marking a key left out (packed values are never -1:
        // the ordinal bits of -1 are all ones, an ordinal beyond the checked limit)
        long[] packed = java.util.stream.IntStream.range(0, n).parallel().mapToLong(k -> {
            if (!inCountries(store, k, countries)) {
                return -1;
            }
            String sk = NameKey.skeleton(store.key(k));
            return sk.isEmpty() ? -1 : prefix(sk) << ORDINAL_BITS | k;
        }).filter(v -> v != -1).toArray();
        Arrays.parallelSort(packed);
        return new VariantIndex(store, packed);
    }

    private static boolean inCountries(PlaceStore store, int ordinal, Set<String> countries) {
        for (int e : store.entriesOf(ordinal)) {
            if (countries.contains(store.countryOf(e))) {
                return true;
            }
        }
        return false;
    }

    /** The skeleton's hash, its top {@link #HASH_BITS} bits, as a non-negative long. */
    private static long prefix(String skeleton) {
        byte[] b = skeleton.getBytes(StandardCharsets.UTF_8);
        return KeyIndex.hash(b, 0, b.length) >>> ORDINAL_BITS;
    }

    /**
     * The keys spelled nearest {@code key} up to transliteration (all of them at the least distance found),
     * never {@code key} itself.
     */
    List<Variant> lookup(String key) {
        List<Variant> out = all(key);
        double nearest = out.isEmpty() ? 0 : out.get(0).distance();
        return out.stream().filter(v -> v.distance() == nearest)
                .sorted(Comparator.comparing(Variant::key)).toList();
    }

    /** Every key of {@code key}'s skeleton within the spelling limit, nearest first, never {@code key} itself. */
    List<Variant> all(String key) {
        String sk = NameKey.skeleton(key);
        if (sk.isEmpty()) {
            return List.of();
        }
        double limit = Math.min(MAX_DISTANCE, MAX_DISTANCE_PER_LETTER * key.length());
        long p = prefix(sk);
        int i = KeyIndex.lowerBound(packed, p << ORDINAL_BITS);
        List<Variant> out = new ArrayList<>();
        for (; i < packed.length && packed[i] >>> ORDINAL_BITS == p; i++) {
            String other = store.key((int) (packed[i] & ((1L << ORDINAL_BITS) - 1)));
            if (other.equals(key) || !NameKey.skeleton(other).equals(sk)) {
                continue;
            }
            double d = NameKey.spellingDistance(key, other);
            if (d <= limit) {
                out.add(new Variant(other, d));
            }
        }
        out.sort(Comparator.comparingDouble(Variant::distance).thenComparing(Variant::key));
        return out;
    }

    int size() {
        return packed.length;
    }
}
