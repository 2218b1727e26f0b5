package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
