package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On random text built from conflict vocabulary: evidence inside the text, counts never negative. */
class InvariantTest {
    private static final String[] WORDS = ("killed wounded clashes shelling in near Idlib Aleppo Mosul soldiers "
            + "civilians Turkish Syrian forces the a of and on Tuesday yesterday at least six dozen several "
            + "protesters police arrested gunmen abducted 12 3 , . – “ ” according to SOHR reportedly village of "
            + "Ras al-Ain airstrike drone IED exploded agreement signed base looted Hezbollah ISIS \n\n").split(" ");

    @Test
    void randomTextKeepsTheInvariants() {
        Random rnd = new Random(20191029);
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 5 + rnd.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(7) == 0 ? ". " : " ");
            }
            String text = sb.toString();
            List<Event> events = TestEngine.extractor().extract(new Article("rnd-" + n, text, LocalDate.of(2020, 1, 15),
                    null, null, "en"));
            for (Event e : events) {
                assertTrue(e.casualties().fatalities() >= 0);
                assertTrue(e.confidence() >= 0 && e.confidence() <= 1);
                assertNotNull(e.date());
                assertTrue(!e.evidence().isEmpty(), "an event without evidence: " + e);
                for (Span s : e.evidence()) {
                    assertTrue(s.start() >= 0 && s.end() <= text.length(), "span outside the text: " + s);
                    assertEquals(text.substring(s.start(), s.end()), s.text());
                }
            }
        }
    }
}
