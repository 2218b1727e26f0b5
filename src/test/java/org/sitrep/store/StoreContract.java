package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One suite, run against every backend: SQLite and PostgreSQL subclasses open the store. */
abstract class StoreContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate PUB = LocalDate.of(2019, 10, 29);

    EventStore store;

    abstract EventStore open();

    @BeforeEach
    void setUp() {
        store = open();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Article article(String id, String source, String text) {
        return new Article(id, text, PUB, source, null, "en");
    }

    EventStore.Outcome ingest(Article a) {
        List<Event> events = TestEngine.extractor().extract(a);
        return store.store(a, events);
    }

    static final String MONITOR = "Three civilians were killed and six others wounded on Monday when government forces "
            + "shelled the town of Saraqib in Idlib province, the Syrian Observatory for Human Rights said.";
    static final String STATE = "Terrorists fired shells at Saraqib on Monday, killing two civilians and injuring four, "
            + "the state news agency SANA reported. Government forces responded to the sources of fire.";
    static final String PROTEST = "Hundreds of people protested peacefully in Saraqib on Monday against rising prices.";

    @Test
    void theSameArticleTwiceChangesNothing() {
        Article a = article("a1", "Enab Baladi", MONITOR);
        EventStore.Outcome first = ingest(a);
        long[] before = store.counts();
        EventStore.Outcome again = ingest(article("a1-copy", "Enab Baladi", MONITOR + "\n"));
        assertFalse(first.duplicate());
        assertTrue(again.duplicate());
        assertEquals(before[0], store.counts()[0]);
        assertEquals(before[2], store.counts()[2]);
        assertTrue(store.seen(null, JdbcEventStore.contentHash(MONITOR)));
    }

    @Test
    void twoOutletsOneIncidentOneEventWithBothFigures() {
        ingest(article("monitor", "Enab Baladi", MONITOR));
        ingest(article("state", "SANA", STATE));
        List<StoredEvent> events = store.events(new EventQuery(null, null, null, null, null,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE, null, null, null, null, 100, 0));
        assertEquals(1, events.size(), events.toString());
        StoredEvent e = events.get(0);
        assertEquals(2, e.reports().size());
        assertEquals(2, e.corroboration(), "the Observatory and SANA are independent sources");
        assertEquals(List.of(3, 2), e.reports().stream().map(r -> r.event().casualties().fatalities()).toList());
        assertEquals(2, e.fused().casualties().fatalities(), "ACLED's rule keeps the lowest figure");
        assertEquals(4, e.fused().casualties().injuries());
        assertTrue(e.fused().sources().stream().anyMatch(s -> s.name().equals("SANA")));
        assertTrue(e.reports().stream().anyMatch(StoredEvent.Report::party), "state media on its own army's shelling");
    }

    @Test
    void differentIncidentsInOneTownStayApart() {
        ingest(article("monitor", "Enab Baladi", MONITOR));
        ingest(article("protest", "Enab Baladi", PROTEST));
        assertEquals(2, store.counts()[2]);
    }

    @Test
    void aSplitStaysSplit() {
        ingest(article("monitor", "Enab Baladi", MONITOR));
        ingest(article("state", "SANA", STATE));
        String id = store.events(EventQuery.all(10)).get(0).id();
        List<StoredEvent> parts = store.split(id);
        assertEquals(2, parts.size(), parts.toString());
        assertTrue(parts.stream().allMatch(StoredEvent::pinned));
        ingest(article("state", "SANA", STATE)); // the same report again: nothing changes
        ingest(article("wire", "AFP", "Shelling killed two civilians in Saraqib on Monday, witnesses said."));
        for (StoredEvent p : parts) {
            assertEquals(1, store.event(p.id()).orElseThrow().reports().size(), "a split event takes no new report");
        }
    }

    @Test
    void filters() {
        ingest(article("monitor", "Enab Baladi", MONITOR));
        ingest(article("protest", "Enab Baladi", PROTEST));
        assertEquals(1, store.events(q(null, null, null, EventType.PROTESTS, null, null, null, null)).size());
        assertEquals(2, store.events(q(PUB.minusDays(2), PUB, new double[] {36, 35, 37.5, 36.5}, null, null, null, null, null)).size());
        assertEquals(0, store.events(q(null, null, new double[] {40, 30, 41, 31}, null, null, null, null, null)).size());
        assertEquals(1, store.events(q(null, null, null, null, "Military Forces of Syria", null, null, null)).size());
        assertEquals(1, store.events(q(null, null, null, null, null, "observatory", null, null)).size());
        assertEquals(1, store.events(q(null, null, null, null, null, null, Certainty.REPORTED, "shelled")).size());
        assertEquals(1, store.events(q(null, null, null, null, null, null, null, "peacefully \"prices")).size(),
                "search words are words, never query syntax");
        assertEquals(2, store.mapPoints(q(null, null, null, null, null, null, null, null)).size());
        assertEquals("Syria", store.events(EventQuery.all(1)).get(0).fused().place().country());
    }

    static EventQuery q(LocalDate from, LocalDate to, double[] bbox, EventType type, String actor, String source,
                        Certainty certainty, String text) {
        return new EventQuery(from, to, bbox, null, null, type, actor, source, certainty, text, 100, 0);
    }
}
