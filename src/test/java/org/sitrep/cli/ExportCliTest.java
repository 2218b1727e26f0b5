package org.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.store.JdbcEventStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** events and export from the command line: a table for people, every event streamed, ACLED CSV in and out. */
class ExportCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut, oldErr;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
        ExtractCommand.clock = Clock.systemUTC();
    }

    private String db(String name) {
        return dir.resolve(name).toString();
    }

    private String stdout() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    @Test
    void eventsPrintATableForPeopleAndJsonLinesOtherwise() {
        assertEquals(0, Main.run("ingest", "--db", db("s.db"), "examples/reports"), err.toString());
        assertEquals(0, Main.run("events", "--db", db("s.db"), "--format", "table", "--country", "Iraq"));
        List<String> lines = stdout().lines().toList();
        assertTrue(lines.get(0).matches("DATE\\s+TYPE\\s+ACTORS\\s+PLACE\\s+KILLED\\s+ID"), lines.get(0));
        assertTrue(lines.size() >= 4, "a line an event: " + lines);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}  .*  \\s*\\d+  \\S+")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Mosul, Iraq")), lines.toString());
        // not on a terminal (as here, and in a pipe): JSON lines
        assertEquals(0, Main.run("events", "--db", db("s.db"), "--country", "Iraq"));
        String jsonl = stdout();
        assertEquals(lines.size() - 1, jsonl.lines().count());
        assertTrue(jsonl.lines().allMatch(l -> l.startsWith("{\"article_id\"")), jsonl);
        assertEquals(2, Main.run("events", "--db", db("s.db"), "--format", "xml"));
        assertTrue(err.toString().contains("unknown format 'xml'"), err.toString());
    }

    @Test
    void exportsStreamEveryEventPastTheOldLimits() {
        int n = 1_250;
        try (JdbcEventStore s = JdbcEventStore.open(db("big.db"), Clock.systemUTC())) {
            List<JdbcEventStore.Batch> batches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LocalDate day = LocalDate.of(2010, 1, 1).plusDays(3L * i);
                String id = "a" + i;
                Place p = new Place("Town " + i, 35.9, 36.6, "SY", "Syria", "SYR", "Idlib", "", null, "PPL", 1);
                batches.add(new JdbcEventStore.Batch(new Article(id, "Report " + i + ".", day, "Wire", null, "en"),
                        List.of(new Event(id, id + "-0", day, 1, Status.OCCURRED, SubEventType.ARMED_CLASH,
                                new Actor("Group " + (i % 5), 2, "SY"), new Actor("Military Forces of Syria", 1, "SY"),
                                List.of(), List.of(), p, p.location(), new Casualties(i % 3, null, null),
                                List.of(new Source("Wire", Source.Kind.PUBLISHER)), Certainty.REPORTED, "190", .5,
                                "Clash " + i + ".", List.of()))));
            }
            s.storeAll(batches);
        }
        assertEquals(0, Main.run("export", "--db", db("big.db"), "--format", "acled-csv"));
        assertEquals(n + 1, stdout().lines().count(), "a header and every event, past the 1,000 events export stopped at");
        assertTrue(err.toString().contains("sitrep export: " + n + " events"), err.toString());
        assertEquals(0, Main.run("export", "--db", db("big.db"), "--format", "jsonl", "--limit", "10", "--offset", "1245"));
        assertEquals(5, stdout().lines().count());
        assertEquals(0, Main.run("events", "--db", db("big.db"), "--format", "geojson"));
        assertTrue(stdout().contains("\"Town 1249\""));
    }

    @Test
    void anAcledCsvOfEitherLayoutComesBackAsTheSameEvents() throws IOException {
        assertEquals(0, Main.run("ingest", "--db", db("first.db"), "examples/reports"), err.toString());
        for (String layout : new String[] {"acled-csv", "acled-csv-classic"}) {
            assertEquals(0, Main.run("export", "--db", db("first.db"), "--format", layout));
            Path csv = Files.writeString(dir.resolve(layout + ".csv"), stdout());
            String store = db(layout + ".db");
            assertEquals(0, Main.run("ingest", "--db", store, csv.toString()), err.toString());
            assertEquals(0, Main.run("export", "--db", db("first.db"), "--format", "jsonl"));
            List<String> before = stdout().lines().map(ExportCliTest::summary).sorted().toList();
            assertEquals(0, Main.run("export", "--db", store, "--format", "jsonl"));
            String imported = stdout();
            assertEquals(before, imported.lines().map(ExportCliTest::summary).sorted().toList(),
                    "the same events: day, type, place and toll");
            assertTrue(imported.lines().allMatch(l -> l.contains("\"evidence\":[{\"start\"")), "notes as evidence");
            assertEquals(0, Main.run("ingest", "--db", store, csv.toString()));
            assertTrue(err.toString().contains("0 articles stored, 1 already known"), "a second import changes nothing");
        }
    }

    /** What an event is, whatever its ids: day, sub-type, place and fatalities. */
    private static String summary(String jsonLine) {
        try {
            var n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLine);
            return String.join("|", n.get("event_date").asText(), n.get("sub_event_type").asText(),
                    n.get("location").asText(), n.get("fatalities").asText(), n.get("actor1").asText());
        } catch (IOException e) {
            throw new AssertionError(jsonLine, e);
        }
    }

    @Test
    void jsonlInputStreamsEventsOutBeforeTheInputEnds() throws Exception {
        ExtractCommand.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        PipedOutputStream feed = new PipedOutputStream();
        System.setIn(new PipedInputStream(feed, 1 << 20));
        int[] code = {-1};
        Thread run = new Thread(() -> code[0] = Main.run("extract", "--threads", "2", "--format", "acled-csv", "--input", "-"));
        run.start();
        List<String> lines = Reports.jsonl(ExtractCommand.CHUNK + 3, 11);
        write(feed, String.join("\n", lines.subList(0, ExtractCommand.CHUNK)) + "\n");
        // the first batch is out while the input is still open: nothing waits for the whole input
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (out.toString(StandardCharsets.UTF_8).lines().count() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(run.isAlive(), "extract is still reading");
        long firstBatch = out.toString(StandardCharsets.UTF_8).lines().count() - 1;
        assertTrue(firstBatch >= ExtractCommand.CHUNK / 2, "the first batch's events, before the input ended: " + firstBatch);
        write(feed, String.join("\n", lines.subList(ExtractCommand.CHUNK, lines.size())) + "\n");
        feed.close();
        run.join(120_000);
        assertEquals(0, code[0], err.toString());
        assertTrue(err.toString().contains((ExtractCommand.CHUNK + 3) + " articles"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(",1767225600,"), "the injected clock's timestamp");
    }

    private static void write(OutputStream o, String s) throws IOException {
        o.write(s.getBytes(StandardCharsets.UTF_8));
        o.flush();
    }
}
