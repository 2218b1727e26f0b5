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

/**
 * On random text built from conflict vocabulary: evidence inside the text, counts never negative. The
 * invariants hold over events, so an extractor that found none would pass them all: the random texts must
 * also yield about as many events as today, and a plainly eventful sentence must yield a deadly event.
 */
class InvariantTest {
    private static final String[] WORDS = ("killed wounded clashes shelling in near Idlib Aleppo Mosul soldiers "
            + "civilians Turkish Syrian forces the a of and on Tuesday yesterday at least six dozen several "
            + "protesters police arrested gunmen abducted 12 3 , . – “ ” according to SOHR reportedly village of "
            + "Ras al-Ain airstrike drone IED exploded agreement signed base looted Hezbollah ISIS \n\n").split(" ");
    private static final long SEED = 20191029;
    private static final int TEXTS = 200;
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 1, 15);

    /**
     * Events from the {@value #TEXTS} random texts of seed {@value #SEED}: measured on 2026-12-04 at 605
     * (66 of them with fatalities); the bars sit at 90% of that, so losing a tenth of the events fails.
     * Raise them when the extractor finds more; lower them only with a reason in the commit.
     */
    static final int MIN_RANDOM_EVENTS = 545;
    static final int MIN_RANDOM_DEADLY_EVENTS = 59;

    /** Written for this test: a shelling with a place, a date word and counts. */
    static final String EVENTFUL = "Government forces shelled the town of Maarrat al-Numan in Idlib province yesterday, "
            + "killing three civilians and wounding 11, according to local activists.";

    @Test
    void randomTextKeepsTheInvariants() {
        Random rnd = new Random(SEED);
        int events = 0, deadly = 0;
        for (int n = 0; n < TEXTS; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 5 + rnd.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(7) == 0 ? ". " : " ");
            }
            String text = sb.toString();
            List<Event> found = extract("rnd-" + n, text);
            checkInvariants(text, found);
            events += found.size();
            deadly += (int) found.stream().filter(e -> e.casualties().fatalities() > 0).count();
        }
        assertTrue(events >= MIN_RANDOM_EVENTS, "the random texts gave " + events + " events; the bar is "
                + MIN_RANDOM_EVENTS);
        assertTrue(deadly >= MIN_RANDOM_DEADLY_EVENTS, "the random texts gave " + deadly
                + " events with fatalities; the bar is " + MIN_RANDOM_DEADLY_EVENTS);
    }

    @Test
    void anEventfulSentenceGivesADeadlyEvent() {
        List<Event> found = extract("eventful", EVENTFUL);
        checkInvariants(EVENTFUL, found);
        assertTrue(found.stream().anyMatch(e -> e.casualties().fatalities() > 0),
                () -> "no event with fatalities from '" + EVENTFUL + "': " + found);
    }

    private static List<Event> extract(String id, String text) {
        return TestEngine.extractor().extract(new Article(id, text, PUBLISHED, null, null, "en"));
    }

    private static void checkInvariants(String text, List<Event> events) {
        for (Event e : events) {
            assertTrue(e.casualties().fatalities() >= 0, () -> "negative fatalities: " + e);
            assertTrue(e.casualties().injuries() == null || e.casualties().injuries() >= 0, () -> "negative injuries: " + e);
            assertTrue(e.casualties().captured() == null || e.casualties().captured() >= 0, () -> "negative captured: " + e);
            assertTrue(e.confidence() >= 0 && e.confidence() <= 1, () -> "confidence outside [0, 1]: " + e);
            assertNotNull(e.date(), () -> "an event without a date: " + e);
            assertTrue(!e.evidence().isEmpty(), () -> "an event without evidence: " + e);
            for (Span s : e.evidence()) {
                assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(), () -> "span outside the text: " + s);
                assertEquals(text.substring(s.start(), s.end()), s.text());
            }
        }
    }
}
