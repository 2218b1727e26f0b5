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
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ACLED sub-event type from a wire lead and from a headline (Title Case, capitals), through the
 * whole extractor: src/test/resources/subtypes/examples.tsv. Each row must come out with its type.
 */
class SubTypeTableTest {
    @Test
    void everyRowGetsItsType() throws IOException {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        try (InputStream in = getClass().getResourceAsStream("/subtypes/examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows++;
                Article a = new Article("row" + rows, f[1], LocalDate.of(2024, 3, 10), "", null, "en");
                List<Event> events = TestEngine.extractor().extract(a);
                String got = events.stream().max(Comparator.comparingDouble(Event::confidence))
                        .map(e -> e.subEventType().label()).orElse("(no event)");
                if (!got.equals(f[0])) {
                    wrong.add(f[0] + " <- got " + got + ": " + f[1]);
                }
            }
        }
        assertTrue(rows >= 48, "the table holds two rows for each of the 24 typed sub-types; read " + rows);
        assertEquals(List.of(), wrong);
    }
}
