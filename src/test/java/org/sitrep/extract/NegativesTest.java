package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sport, disasters, accidents, economy, politics, cumulative tolls, anniversaries and forecasts share a
 * conflict report's words and make no event: src/test/resources/subtypes/negatives.txt.
 */
class NegativesTest {
    @Test
    void noEventFromTextThatReportsNone() throws IOException {
        List<String> spurious = new ArrayList<>();
        int rows = 0;
        try (InputStream in = getClass().getResourceAsStream("/subtypes/negatives.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows++;
                List<Event> events = TestEngine.extractor().extract(
                        new Article("neg" + rows, line, LocalDate.of(2024, 3, 10), "", null, "en"));
                if (!events.isEmpty()) {
                    spurious.add(events.get(0).subEventType().label() + ": " + line);
                }
            }
        }
        assertTrue(rows >= 25, "read " + rows + " negatives");
        assertEquals(List.of(), spurious);
    }
}
