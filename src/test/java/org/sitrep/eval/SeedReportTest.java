package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.cli.EvalCommand;
import org.sitrep.ingest.Item;
import org.sitrep.model.Event;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real seed report (read from ../shared, never copied) against its gold events: issue 2's first bar. */
class SeedReportTest {
    private final Path dir = TestEngine.shared().resolve("examples/ras-al-ain");

    @Test
    void meetsTheBars() {
        Item item = EvalCommand.article(dir);
        GoldScorer.Score s = EvalCommand.score(TestEngine.extractor(), item.article(), dir.resolve("expected.jsonl"));
        assertEquals(1.0, s.recall(), () -> "recall; report: " + s.report());
        assertTrue(s.precision() >= 0.70, () -> "precision " + s.precision() + "; report: " + s.report());
        assertTrue(s.fieldAccuracy() >= 0.90, () -> "field accuracy " + s.fieldAccuracy() + "; report: " + s.report());
    }

    @Test
    void datelineIsNoEventsPlaceAndAdmin1IsHasakah() {
        List<Event> events = TestEngine.extractor().extract(EvalCommand.article(dir).article());
        for (Event e : events) {
            assertFalse(e.place() != null && e.place().location().equalsIgnoreCase("Erbil"), "Erbil is the dateline: " + e);
        }
        long hasakah = events.stream().filter(e -> e.place() != null && e.place().admin1().equals("Al-Hasakah")
                && e.eventType().isViolent()).count();
        assertTrue(hasakah >= 2, "both violent events lie in Al-Hasakah: " + events);
    }

    @Test
    void sameArticleTwiceGivesSameIds() {
        var a = EvalCommand.article(dir).article();
        List<String> first = TestEngine.extractor().extract(a).stream().map(Event::eventId).toList();
        List<String> second = TestEngine.extractor().extract(a).stream().map(Event::eventId).toList();
        assertEquals(first, second);
    }
}
