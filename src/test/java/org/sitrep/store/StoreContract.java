package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

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

    /** A second connection to the store {@link #open} made, as another process would hold. */
    abstract JdbcEventStore openAgain();

    @BeforeEach
    void setUp() {
        store = open();
    }

    @AfterEach
    void tearDown() {
        if (store != null) { // null when the backend is not there and the test was skipped
            store.close();
        }
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

    @Test
    void aWordOnlyInTheArticleFindsItsEvent() {
        ingest(article("monitor", "Enab Baladi", MONITOR + "\n\nThe town lies on the motorway that joins the north"
                + " to the capital."));
        ingest(article("protest", "Enab Baladi", PROTEST));
        List<StoredEvent> found = store.events(q(null, null, null, null, null, null, null, "motorway"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, found.get(0).fused().eventType());
        assertEquals(0, store.events(q(null, null, null, null, null, null, null, "railway")).size());
    }

    @Test
    void anIncidentToldOnceCarriesItsOwnIdAndItsReportKeepsTheArticles() {
        Article a = article("monitor", "Enab Baladi", MONITOR);
        List<Event> extracted = TestEngine.extractor().extract(a);
        store.store(a, extracted);
        StoredEvent e = store.events(EventQuery.all(10)).get(0);
        assertEquals(e.id(), e.fused().eventId(), "the record read back names the incident");
        assertEquals(extracted.get(0).eventId(), e.reports().get(0).event().eventId(), "the report keeps the extract's id");
        assertEquals(e.id(), store.event(e.id()).orElseThrow().fused().eventId());
        assertEquals(3, store.event(e.id()).orElseThrow().fused().casualties().fatalities());
    }

    /** One outlet's clash is another's shelling: reports fuse within ACLED's kind of disorder, not its type. */
    @Test
    void aClashAndAShellingOfOneIncidentFuseButAProtestThereDoesNot() {
        LocalDate day = LocalDate.of(2021, 3, 10);
        tell(store, "clash", "Monitor", day, 35.54, 36.56, HTS, SubEventType.ARMED_CLASH);
        EventStore.Outcome o = tell(store, "shelling", "Agency", day, 35.55, 36.57, HTS, SubEventType.SHELLING);
        assertEquals(1, o.fusedInto());
        EventStore.Outcome p = tell(store, "protest", "Agency 2", day, 35.54, 36.56, HTS, SubEventType.PEACEFUL_PROTEST);
        assertEquals(0, p.fusedInto());
        assertEquals(2, store.counts()[2]);
    }

    /** A bulk batch, large enough to be prepared on every core, fuses inside itself and with what is stored. */
    @Test
    void aBulkBatchFusesInsideItselfAndWithTheStore() {
        JdbcEventStore s = (JdbcEventStore) store;
        LocalDate day = LocalDate.of(2021, 3, 10);
        tell(s, "first", "Monitor", day, 35.54, 36.56, HTS, SubEventType.ARMED_CLASH);
        List<JdbcEventStore.Batch> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) { // forty incidents a degree apart: none fuses with another
            String id = "bulk-" + i;
            batch.add(new JdbcEventStore.Batch(new Article(id, "Bulk report " + i + ".", day, "Wire", null, "en"),
                    List.of(Synthetic.event(id, 0, day, 30 + i * 0.5, 40 + (i % 7), "Group " + i))));
        }
        // the same clash again, a day later and 3 km away, and a second report of bulk-7's incident
        batch.add(new JdbcEventStore.Batch(new Article("second", "Later report of the Kafr Nabl clash.", day.plusDays(1),
                "Agency", null, "en"), List.of(Synthetic.event("second", 0, day.plusDays(1), 35.56, 36.58,
                "Hayat Tahrir al-Sham"))));
        batch.add(new JdbcEventStore.Batch(new Article("bulk-7b", "Another report of bulk 7.", day, "Agency", null, "en"),
                List.of(Synthetic.event("bulk-7b", 0, day, 30 + 7 * 0.5 + 0.01, 40, "Group 7"))));
        List<EventStore.Outcome> out = s.storeAll(batch);
        assertEquals(1, out.get(40).fusedInto(), "a report fuses with the incident stored before the batch");
        assertEquals(1, out.get(41).fusedInto(), "a report fuses with an incident of its own batch");
        assertEquals(43, store.counts()[0]);
        assertEquals(43, store.counts()[1]);
        assertEquals(41, store.counts()[2]);
        assertEquals(41, store.mapPoints(EventQuery.all(100)).size(), "every incident is on the map once");
        assertEquals(1, store.events(q(null, null, null, null, null, null, null, "Kafr")).size(),
                "the text index holds the incident once, with both articles");
    }

    /**
     * Two processes on one store: an incident the other one wrote after this one read the day must
     * still be found for fusion (SQLite's neighbour index is dropped when its data_version moves).
     */
    @Test
    void anIncidentAnotherConnectionWroteIsFoundForFusion() {
        JdbcEventStore mine = (JdbcEventStore) store;
        LocalDate day = LocalDate.of(2021, 3, 10);
        tell(mine, "elsewhere", "Wire", day, 33.0, 44.0, "Other Group", SubEventType.ARMED_CLASH); // reads the days around
        try (JdbcEventStore other = openAgain()) {
            tell(other, "theirs", "Monitor", day, 35.54, 36.56, HTS, SubEventType.ARMED_CLASH);
        }
        EventStore.Outcome o = tell(mine, "mine", "Agency", day, 35.55, 36.57, HTS, SubEventType.ARMED_CLASH);
        assertEquals(1, o.fusedInto());
        assertEquals(2, store.counts()[2]);
    }

    /** Two processes writing one store in turn never hand out one event id twice. */
    @Test
    void twoWritersTakeTurnsWithoutClashingIds() {
        JdbcEventStore mine = (JdbcEventStore) store;
        LocalDate day = LocalDate.of(2021, 3, 10);
        try (JdbcEventStore other = openAgain()) {
            for (int i = 0; i < 3; i++) {
                for (JdbcEventStore s : new JdbcEventStore[] {mine, other}) {
                    String id = (s == mine ? "mine-" : "theirs-") + i;
                    s.store(new Article(id, "Report " + id + ".", day, "Wire", null, "en"),
                            List.of(Synthetic.event(id, 0, day, 30 + i, s == mine ? 40 : 45, "Group " + id)));
                }
            }
        }
        assertEquals(6, store.counts()[2]);
        assertEquals(6, store.mapPoints(EventQuery.all(100)).size());
    }

    // ---- issue 13: one incident told by several outlets is one event; different incidents stay apart ----

    /** The articles of a scenario written for these tests, {@code src/test/resources/fusion/NAME.jsonl}. */
    static List<Article> scenario(String name) {
        List<Article> out = new java.util.ArrayList<>();
        try (var in = StoreContract.class.getResourceAsStream("/fusion/" + name + ".jsonl")) {
            ArticleReader.jsonl(name + ".jsonl", java.util.Objects.requireNonNull(in, name), item -> {
                if (item.problem() != null) {
                    throw new IllegalStateException(item.problem().getMessage());
                }
                out.add(item.article());
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    static StoredEvent onlyEventOf(EventStore s, String articleId) {
        List<StoredEvent> found = s.events(EventQuery.all(100)).stream()
                .filter(e -> e.reports().stream().anyMatch(r -> r.event().articleId().equals(articleId))).toList();
        assertEquals(1, found.size(), articleId + ": " + found);
        return found.get(0);
    }

    @Test
    void oneRoadsideBombToldByTwoOutletsAndANextDayUpdateIsOneEvent() {
        scenario("tafas").forEach(this::ingest);
        List<StoredEvent> events = store.events(EventQuery.all(10));
        assertEquals(1, events.size(), events.toString());
        StoredEvent e = events.get(0);
        assertEquals(3, e.reports().size());
        List<String> sources = e.fused().sources().stream().map(org.sitrep.model.Source::name).toList();
        assertTrue(sources.containsAll(List.of("Rudaw", "SANA", "North Press Agency")), sources.toString());
        var tolls = e.reports().stream().mapToInt(r -> r.event().casualties().fatalities()).summaryStatistics();
        int toll = e.fused().casualties().fatalities();
        assertTrue(toll >= tolls.getMin() && toll <= tolls.getMax(), toll + " outside " + tolls);
        assertEquals(5, toll, "the next day's update stands over the first day's figures");
        String notes = e.fused().notes();
        assertTrue(notes.contains("According to Rudaw, SANA and North Press Agency, 5 people were killed"), notes);
        assertFalse(notes.contains("Reported by") || notes.contains(" with near") || notes.contains("strategic development"), notes);
        assertEquals(null, e.reports().get(0).joined(), "the first report founded the event");
        for (StoredEvent.Report r : e.reports().subList(1, 3)) {
            assertTrue(r.joined().explain().startsWith("joined because: same sub-event type (Remote explosive/landmine/IED), "),
                    r.joined().explain());
            assertTrue(r.joined().explain().contains("actors agree (Military Forces of Syria"), r.joined().explain());
        }
    }

    @Test
    void anAbductionTheSameAttack300KmAwayAndAClashThreeDaysLaterStayApart() {
        scenario("tafas").forEach(this::ingest);
        List<Article> apart = scenario("apart");
        for (Article a : apart) {
            EventStore.Outcome o = ingest(a);
            assertEquals(0, o.fusedInto(), a.id() + " fused into the roadside bomb");
            assertEquals(1, o.newEvents(), a.id());
        }
        assertEquals(4, store.counts()[2]);
        assertEquals(3, onlyEventOf(store, "rudaw-tafas").reports().size());
        assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, onlyEventOf(store, "enab-abduction").fused().eventType());
        assertEquals("Tadmur", onlyEventOf(store, "sana-palmyra").fused().place().location());
    }

    @Test
    void aRepublishedPageUpdatesItsEventAndTheStoreKeepsBothTexts() {
        List<Article> pages = scenario("republished");
        Article first = pages.get(0), other = pages.get(1), again = pages.get(2);
        ingest(first);
        ingest(other);
        StoredEvent before = onlyEventOf(store, first.id());
        assertEquals(2, before.fused().casualties().fatalities());
        assertTrue(store.seen(first.url(), null), "a feed skips the page before fetching it");
        assertFalse(store.seen(first.url(), JdbcEventStore.contentHash(again.text())), "its new text is not seen");
        EventStore.Outcome o = ingest(again);
        assertFalse(o.duplicate(), "a page re-published with new text is no duplicate");
        assertEquals(1, o.updated());
        assertEquals(0, o.newEvents());
        StoredEvent after = store.event(before.id()).orElseThrow();
        assertEquals(4, after.fused().casualties().fatalities(), "the re-published toll replaces the old one");
        assertEquals(2, after.reports().size(), "the new version takes its old report's place");
        assertTrue(after.fused().notes().contains("4 people were killed"), after.fused().notes());
        String version = first.url() + "#v2";
        assertEquals(version, after.reports().stream().filter(r -> r.event().articleId().equals(first.id())).findFirst()
                .orElseThrow().articleKey());
        assertEquals(java.util.Optional.of(first.url()), store.previousVersion(version), "linked to the old");
        assertTrue(store.article(first.url()).orElseThrow().text().contains("killing two people"), "the old text is kept");
        assertTrue(store.article(version).orElseThrow().text().contains("killing four people"));
        assertEquals(3, store.counts()[0]);
        assertTrue(ingest(again).duplicate(), "the same URL with the same text is still already known");
        assertTrue(ingest(first).duplicate(), "so is the old text");
        assertEquals(1, store.counts()[2]);
    }

    @Test
    void aSplitUndoesTheDecisionAndStays() {
        scenario("tafas").forEach(this::ingest);
        String id = store.events(EventQuery.all(10)).get(0).id();
        List<StoredEvent> parts = store.split(id);
        assertEquals(3, parts.size());
        for (StoredEvent p : parts) {
            assertEquals(1, p.reports().size());
            assertEquals(null, p.reports().get(0).joined(), "a split report keeps no decision");
            assertTrue(p.fused().notes().startsWith("On 9 June 2021, "), p.fused().notes());
        }
        scenario("tafas").forEach(this::ingest); // the same reports again: nothing changes
        assertEquals(3, store.counts()[2]);
    }

    /** An empty database to build an older store in, as a JDBC URL; the test's store is closed first. */
    abstract String emptyDatabase();

    /** A store of schema 2 with a fused incident migrates: its joins have no decision, new joins do. */
    @Test
    void aVersionTwoStoreIsMigratedAndNewJoinsKeepTheirDecision() throws java.sql.SQLException {
        store.close();
        String url = emptyDatabase();
        Dialect d = url.startsWith("jdbc:postgresql:") ? Dialect.POSTGRES : Dialect.SQLITE;
        LocalDate day = LocalDate.of(2021, 3, 10);
        Event a = Synthetic.event("a", 0, day, 35.54, 36.56, HTS), b = Synthetic.event("b", 0, day, 35.55, 36.57, HTS);
        try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            Schema.migrate(c, d, url, 2);
            // the articles take ids 1 and 2 from their serial key (PostgreSQL's sequence must see them)
            st.execute("INSERT INTO articles (article_key, content_hash, article_id, ingested_at, text) VALUES"
                    + " ('sha256:01', '01', 'a', '2021-03-11T00:00:00Z', 'Report a.')");
            st.execute("INSERT INTO articles (article_key, content_hash, article_id, ingested_at, text) VALUES"
                    + " ('sha256:02', '02', 'b', '2021-03-11T00:00:00Z', 'Report b.')");
            st.execute("INSERT INTO events (id, event_key, event_date, event_type, sub_event_type, country, admin1, admin2,"
                    + " latitude, longitude, actors, sources, certainty, fatalities, corroboration, notes, search_text, record)"
                    + " VALUES (1, 'k1', '2021-03-10', 'Battles', 'Armed clash', 'Syria', 'Idlib', '', 35.54, 36.56,"
                    + " 'Hayat Tahrir al-Sham', 'Wire', 'reported', 1, 1, 'Clash.', 'Fighting.', '')");
            for (Event e : List.of(a, b)) {
                st.execute("INSERT INTO reports (report_key, article_ref, event_ref, party, event_date, event_type, latitude,"
                        + " longitude, record) VALUES ('k" + (e == a ? 1 : 2) + "', " + (e == a ? 1 : 2) + ", 1, 0, '2021-03-10',"
                        + " 'Battles', 35.54, 36.56, '" + EventRecords.toStoredJson(e).toString().replace("'", "''") + "')");
            }
        }
        store = JdbcEventStore.open(url, CLOCK);
        StoredEvent old = store.event("k1").orElseThrow();
        assertEquals(2, old.reports().size());
        assertEquals(null, old.reports().get(1).joined(), "joined before decisions were kept");
        EventStore.Outcome o = store.store(new Article("c", "Fighting at Kafr Nabl.", day, "Agency", null, "en"),
                List.of(Synthetic.event("c", 0, day, 35.55, 36.57, HTS)));
        assertEquals(1, o.fusedInto());
        StoredEvent now = store.event("k1").orElseThrow();
        assertTrue(now.reports().get(2).joined().explain().startsWith("joined because: same sub-event type (Armed clash)"),
                now.reports().get(2).joined().explain());
        assertTrue(now.fused().notes().startsWith("On 10 March 2021, Hayat Tahrir al-Sham clashed with Military Forces of"
                + " Syria in Place "), now.fused().notes());
        assertEquals(3, store.split("k1").size());
    }

    /** Enough incidents for several of the reader's pages, three days apart so that none fuse. */
    private int fill(int n) {
        List<JdbcEventStore.Batch> batches = new java.util.ArrayList<>();
        LocalDate first = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < n; i++) {
            String id = "bulk-" + i;
            LocalDate day = first.plusDays(3L * i);
            batches.add(new JdbcEventStore.Batch(new Article(id, "Report " + id + ".", day, "Wire", null, "en"),
                    List.of(Synthetic.event(id, 0, day, 35.9, 36.6, "Group " + (i % 7)))));
        }
        ((JdbcEventStore) store).storeAll(batches);
        return n;
    }

    @Test
    void anExportStreamsEveryEventWhileTheMapAndAWriterGoOn() throws Exception {
        int n = fill(EventReader.PAGE * 2 + 37);
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch paused = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch resume = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread export = new Thread(() -> {
            try {
                store.forEach(EventQuery.all(EventQuery.ALL), true, e -> {
                    ids.add(e.id());
                    assertEquals(CLOCK.instant(), e.changed(), "when the incident last changed");
                    assertEquals(1, e.reports().size());
                    if (seen.incrementAndGet() == EventReader.PAGE + 5) {
                        paused.countDown(); // mid-export, past the first page: hold the read open
                        try {
                            resume.await();
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            } catch (Throwable t) {
                failed.set(t);
                paused.countDown();
            }
        });
        export.start();
        assertTrue(paused.await(30, java.util.concurrent.TimeUnit.SECONDS), "the export reached its second page");
        // the export holds a read open: the map answers and a writer stores meanwhile
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(15), () -> {
            assertEquals(n, store.mapPoints(EventQuery.all(EventQuery.MAX_LIMIT)).size());
            tell(store, "during-export", "Wire", LocalDate.of(2030, 1, 1), 30, 40, "Late group", SubEventType.ARMED_CLASH);
        });
        resume.countDown();
        export.join(30_000);
        assertEquals(null, failed.get());
        assertEquals(n, seen.get(), "every event, each once, as the export's read began");
        assertEquals(n, ids.size());
        assertEquals(n + 1, store.count(EventQuery.all(1)), "count ignores the limit");
    }

    @Test
    void anExportHonoursLimitAndOffsetAndNeedsNoReports() {
        fill(20);
        List<String> all = new java.util.ArrayList<>();
        store.forEach(EventQuery.all(EventQuery.ALL), false, e -> {
            assertTrue(e.reports().isEmpty());
            all.add(e.id());
        });
        List<String> page = new java.util.ArrayList<>();
        store.forEach(EventQuery.all(5).page(5, 10), false, e -> page.add(e.id()));
        assertEquals(all.subList(10, 15), page);
    }

    @Test
    void countsByWeekAndTypeAndTheBusiestPlaces() {
        LocalDate day = LocalDate.of(2021, 3, 10);
        tell(store, "c1", "Wire", day, 35.9, 36.6, "Group A", SubEventType.ARMED_CLASH);
        tell(store, "c2", "Wire", day.plusDays(10), 35.9, 36.6, "Group B", SubEventType.AIR_DRONE_STRIKE);
        tell(store, "c3", "Wire", day.plusDays(20), 33.5, 36.3, "Group C", SubEventType.ARMED_CLASH);
        List<EventStore.Count> byDayType = store.counts(EventQuery.all(1), EventStore.Grouping.DAY_TYPE);
        assertEquals(List.of("2021-03-10|Battles", "2021-03-20|Explosions/Remote violence", "2021-03-30|Battles"),
                byDayType.stream().map(EventStore.Count::key).toList());
        List<EventStore.Count> places = store.counts(EventQuery.all(1), EventStore.Grouping.LOCATION);
        assertEquals("Place c1, Idlib, Syria", places.get(0).key(), "named by the place of its first incident");
        assertEquals(2, places.get(0).events());
        assertEquals(2, places.size());
    }

    static final String HTS = "Hayat Tahrir al-Sham";

    /** One report of one event, by hand: a report of {@code id} from {@code source}. */
    static EventStore.Outcome tell(EventStore s, String id, String source, LocalDate day, double lat, double lon,
                                   String group, org.sitrep.model.SubEventType type) {
        return s.store(new Article(id, "Report " + id + " of fighting by " + group + ".", day, source, null, "en"),
                List.of(Synthetic.event(id, 0, day, lat, lon, group, type)));
    }

    static EventQuery q(LocalDate from, LocalDate to, double[] bbox, EventType type, String actor, String source,
                        Certainty certainty, String text) {
        return new EventQuery(from, to, bbox, null, null, type, actor, source, certainty, text, 100, 0);
    }
}
