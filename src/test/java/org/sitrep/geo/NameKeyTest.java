package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ras al-Ain|Ra's al `Ayn",
        "Ras al-Ain|Ras el Ain",
        "Ras al-Ain|Ra’s al ‘Ayn",
        "Ad Darbasiyah|Darbasiyah",
        "Deir ez-Zor|Dayr az-Zor",
        "Qamishli|Al Qāmishlī",
        "Al-Bab|al Bab",
        "Şanlıurfa|Sanliurfa",
        "Tal Abyad|Tal  Abyad",
    })
    void variantsMeet(String a, String b) {
        assertEquals(NameKey.of(a), NameKey.of(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Homs|Hama", "Idlib|Afrin", "Mosul|Basra"})
    void differentPlacesStayApart(String a, String b) {
        assertNotEquals(NameKey.of(a), NameKey.of(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|''", "'  -- '|''", "'‘'|''"})
    void emptyAndPunctuationOnlyFoldToEmpty(String in, String out) {
        assertEquals(out, NameKey.of(in));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Tell Tamr|Tall at Tamr",
        "Kafr Dael|Kafr Da`il",
        "Kafr Dael|Kafer Dahel",
        "Kabani|Kabanah",
        "Deir Hafer|Dayr Hafir",
        "Tal Rifaat|Tall Rif`at",
        "Maarat al-Numan|Ma'arrat an Nu'man",
        "Khan Shaykhun|Khan Sheikhoun",
    })
    void transliterationsShareASkeleton(String a, String b) {
        assertEquals(NameKey.skeleton(NameKey.of(a)), NameKey.skeleton(NameKey.of(b)));
        assertFalse(NameKey.skeleton(NameKey.of(a)).isEmpty(), a);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {"Homs|Hama", "Kafr Nabl|Kafr Nubudah", "Khan Shaykhun|Han Shaykhun", "Sanamayn|Salamiyah"})
    void differentConsonantsStayApart(String a, String b) {
        assertNotEquals(NameKey.skeleton(NameKey.of(a)), NameKey.skeleton(NameKey.of(b)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Koayiah", "Ali", "Aya", "''"})
    void tooFewConsonantsGiveNoSkeleton(String name) {
        assertEquals("", NameKey.skeleton(NameKey.of(name)), "a skeleton of one or two consonants finds anything");
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "tel tamr|tal tamr|0.5",   // a vowel
        "kafr dael|kafr dail|0.5",
        "kabani|kabana|0.5",
        "kafr dael|kafer dahel|1.0", // an inserted vowel and an inserted h
        "homs|hama|1.5",           // o/a 0.5, s/a 1: a consonant edit costs the full 1
        "abc|abc|0.0",
        "''|abc|2.5",
    })
    void spellingDistanceWeighsVowelsAndGlidesHalf(String a, String b, double d) {
        assertEquals(d, NameKey.spellingDistance(a, b), 1e-9);
        assertEquals(d, NameKey.spellingDistance(b, a), 1e-9, "symmetric");
    }
}
