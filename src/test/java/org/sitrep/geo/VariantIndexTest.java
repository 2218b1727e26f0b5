package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spelling variants by consonant skeleton, against the bundled gazetteer. */
class VariantIndexTest {
    private static List<String> variants(String name) {
        return TestEngine.gazetteer().variantKeys(NameKey.of(name));
    }

    @Test
    void aLevantineSpellingFindsTheGazetteersTransliteration() {
        assertTrue(variants("Tell Tamr").contains(NameKey.of("Tall Tamr")), variants("Tell Tamr").toString());
        assertTrue(variants("Kafr Dael").contains(NameKey.of("Kafr Da`il")), variants("Kafr Dael").toString());
    }

    @Test
    void aNameWrittenTogetherFindsItWrittenApart() {
        // Kenyan and Somali reports join what the gazetteer writes as two words, and the other way round
        assertTrue(variants("Garbatulla").contains(NameKey.of("Garba Tulla")), variants("Garbatulla").toString());
    }

    @Test
    void nearestFirstNeverItselfAndWithinTheLimit() {
        String key = NameKey.of("Kabani");
        List<String> vs = variants("Kabani");
        assertFalse(vs.isEmpty());
        assertFalse(vs.contains(key), "a key is no variant of itself");
        double last = 0;
        for (String v : vs) {
            double d = NameKey.spellingDistance(key, v);
            assertTrue(d >= last, "nearest first: " + vs);
            assertTrue(d <= Math.min(VariantIndex.MAX_DISTANCE, VariantIndex.MAX_DISTANCE_PER_LETTER * key.length()) + 1e-9,
                    v + " is " + d + " from " + key);
            assertEquals(NameKey.skeleton(key), NameKey.skeleton(v), v);
            last = d;
        }
    }

    @Test
    void everyVariantIsTheNearestAndTheFartherOnesNearestFirst() {
        // what a holder picks among ("Chireni, Kaduna": Chirani, at a farther spelling than Chereni's)
        String key = NameKey.of("Chireni");
        List<String> all = TestEngine.gazetteer().allVariantKeys(key);
        assertTrue(all.containsAll(variants("Chireni")), all.toString());
        assertTrue(all.size() > variants("Chireni").size(), all.toString());
        assertFalse(all.contains(key), all.toString());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(NameKey.spellingDistance(key, all.get(i - 1)) <= NameKey.spellingDistance(key, all.get(i)), all.toString());
        }
    }

    @Test
    void namesOfCountriesOutsideTheListHaveNoVariants() {
        // Cirencester (England) misspelled: English names are spelled one way, a near miss is another place
        assertEquals(List.of(), variants("Cirencestor"));
    }

    @Test
    void shortSkeletonsFindNothing() {
        // Koayiah and Kuwayyah share one consonant; a one-consonant skeleton would match thousands of names
        assertEquals(List.of(), variants("Koayiah"));
        assertEquals(List.of(), variants(""));
    }
}
