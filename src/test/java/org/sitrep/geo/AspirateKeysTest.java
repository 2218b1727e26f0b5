package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The other spellings of a Burmese name's aspirates ({@link VariantLookup#aspirateKeys}), as keys. */
class AspirateKeysTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "htigyaing|tigyaing",
        "khin u|kin u;hkin u",
        "hkamti|kamti;khamti",
        "phakant|pakant;hpakant",
        "hpa an|pa an;pha an",
        // "Phyu" and "Pyu" are two towns: an aspirate before a consonant is left as written
        "phyu|",
        // an "h" inside a word is no initial's
        "shwebo|",
        "kani|",
        "|",
    })
    void respellings(String key, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want, VariantLookup.aspirateKeys(key == null ? "" : key));
    }
}
