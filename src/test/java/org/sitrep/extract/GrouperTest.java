package org.sitrep.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which sentences stand as events of their own. A report's lead that names only a country stands when
 * its cue is strong ({@link Grouper#STRONG_CUE}: "clashes" weighs 4) and not when it is weak ("fighting"
 * weighs 3); a count of victims makes an event wherever it happened.
 */
class GrouperTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Clashes erupted between government forces and rebels in Syria on Monday.|1",
        "Fighting went on between government forces and rebels in Syria on Monday.|0",
        "Sporadic fighting has continued in Syria, the monitor said.|0",
        "Two civilians were killed in fighting in Syria on Monday.|1",
    })
    void aLeadWithoutAPrecisePlaceStandsByItsCue(String text, int events) {
        List<Event> out = TestEngine.extractor().extract(new Article("g", text, LocalDate.of(2020, 3, 10), null, null,
                "en"));
        assertEquals(events, out.size(), () -> text + " -> " + out);
    }
}
