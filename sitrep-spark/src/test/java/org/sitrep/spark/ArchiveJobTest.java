package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.cli.Main;
import org.sitrep.export.AcledCsvReader;
import org.sitrep.export.EventJson;
import org.sitrep.export.JsonlSink;
import org.sitrep.extract.TypeMode;
import org.sitrep.ingest.Web;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoredEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive job on {@code local[2]} over the small corpus ({@link Corpus}): the events are those of
 * {@code sitrep extract} on the same input, line for line; bad inputs are rejects with their reasons; the
 * Parquet output has the contract's schema; the incidents are the store's; the output loads into a store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The day the job and extract receive the articles: an undated article's events are coded on it. */
    static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    private Path root;
    private Path data;
    private Corpus corpus;
    private SparkSession spark;
    private List<String> expected;
    private Path jsonlOut;
    private ArchiveJob.Summary jsonlSummary;

    @BeforeAll
    void setUp() throws IOException {
        root = Files.createTempDirectory("sitrep-archive-test");
        data = root.resolve("no-data"); // the bundled gazetteer and lexicon alone, for the job and extract alike
        corpus = new Corpus(root);
        spark = SparkSession.builder().master("local[2]").appName("sitrep archive test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        expected = extractLines();
        jsonlOut = root.resolve("out-jsonl");
        jsonlSummary = run(JobSettings.Format.JSONL, jsonlOut);
    }

    @AfterAll
    void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    private JobSettings settings(JobSettings.Format format) {
        return new JobSettings(data.toAbsolutePath().toString(), TypeMode.BOTH, null, null, format, true, TODAY, 1);
    }

    private ArchiveJob.Summary run(JobSettings.Format format, Path out) {
        return ArchiveJob.run(spark, new ArchiveJob.Request(corpus.inputs(), out.toString(), settings(format), 0, true, false));
    }

    /** What `sitrep extract` prints for the JSONL, the unpacked gzip and the folder, and the WARC's pages read as ingest reads pages. */
    private List<String> extractLines() {
        List<String> args = new ArrayList<>(List.of("extract", "--data", data.toString(), "--input", corpus.jsonl.toString(),
                "--input", corpus.gzPlain.toString()));
        try (Stream<Path> s = Files.list(corpus.folder)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintStream was = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args.toArray(String[]::new)), "sitrep extract fails on the corpus");
        } finally {
            System.setOut(was);
        }
        List<String> out = new ArrayList<>(buf.toString(StandardCharsets.UTF_8).lines().toList());
        StringWriter w = new StringWriter();
        JsonlSink sink = new JsonlSink(w);
        for (String[] page : corpus.pages) {
            var a = Web.page(page[0], page[1].getBytes(StandardCharsets.UTF_8), Web.host(page[0]));
            if (a.published() == null) {
                a = a.withPublished(corpus.capturedDay);
            }
            Line.of(settings(JobSettings.Format.JSONL)).extract(a, TODAY).forEach(sink::write);
        }
        out.addAll(w.toString().lines().toList());
        return out;
    }

    static List<String> lines(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                byte[] raw = Files.readAllBytes(p);
                if (p.toString().endsWith(".gz")) {
                    raw = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw)).readAllBytes();
                }
                out.addAll(new String(raw, StandardCharsets.UTF_8).lines().toList());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eventsAreThoseOfExtractLineForLine() {
        List<String> got = lines(jsonlOut.resolve("events"));
        assertFalse(expected.isEmpty(), "the corpus gives events");
        assertEquals(new TreeSet<>(expected), new TreeSet<>(got), "the archive's events differ from sitrep extract's");
        assertEquals(expected.size(), got.size(), "an event is written twice or not at all");
        // 12 + 1 JSONL articles, 4 gzipped, 2 WARC pages, 13 example reports
        assertEquals(32, jsonlSummary.articles(), jsonlSummary.line());
        assertEquals(got.size(), jsonlSummary.events());
    }

    @Test
    void badInputsAreRejectsWithTheirReasonsAndNonPagesAreNoArticles() throws IOException {
        List<JsonNode> rejects = new ArrayList<>();
        for (String l : lines(jsonlOut.resolve("rejects"))) {
            rejects.add(JSON.readTree(l));
        }
        String all = rejects.toString();
        assertEquals(3, rejects.size(), all);
        assertTrue(all.contains("line 13") && all.contains("malformed JSON"), all);
        assertTrue(all.contains("does not look like English"), all);
        assertTrue(all.contains("no text"), all);
        assertEquals(3, jsonlSummary.rejects());
        // the request, the 404 and the image of the WARC are passed over; its two pages are articles
        Set<String> ids = lines(jsonlOut.resolve("events")).stream().map(ArchiveJobTest::articleId).collect(Collectors.toSet());
        assertTrue(ids.stream().anyMatch(i -> i.startsWith("https://news.example.org/")), ids.toString());
        assertTrue(ids.contains("line-16"), "an article without an id is named by its line, as extract names it: " + ids);
    }

    private static String articleId(String jsonLine) {
        try {
            return JSON.readTree(jsonLine).get("article_id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void parquetHasTheContractSchemaByYearAndCountry() throws IOException {
        Path out = root.resolve("out-parquet");
        ArchiveJob.Summary s = run(JobSettings.Format.PARQUET, out);
        assertEquals(jsonlSummary.events(), s.events());
        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        StructType schema = events.schema();
        for (StructField f : Schemas.EVENT.fields()) {
            assertEquals(f.dataType(), schema.apply(f.name()).dataType(), "column " + f.name());
        }
        assertEquals(DataTypes.IntegerType, schema.apply("year").dataType());
        assertEquals(Schemas.EVENT.size() + 1, schema.size(), schema.treeString());
        try (Stream<Path> dirs = Files.walk(out.resolve("events"))) {
            List<String> parts = dirs.filter(Files::isDirectory).map(p -> out.resolve("events").relativize(p).toString()).toList();
            assertTrue(parts.stream().anyMatch(p -> p.matches("year=20\\d\\d/country=Syria")), parts.toString());
        }
        // the same events, field for field where the analyst looks: article, sub-type, fatalities, location
        Set<String> fromJson = new HashSet<>();
        for (String l : expected) {
            JsonNode n = JSON.readTree(l);
            fromJson.add(key(n.get("article_id").asText(), n.get("event_id").asText(), n.get("sub_event_type").asText(),
                    n.get("fatalities").asInt(), n.get("location").asText(), n.get("event_date").asText()));
        }
        Set<String> fromParquet = new HashSet<>();
        for (Row r : events.collectAsList()) {
            Object date = r.getAs("event_date");
            fromParquet.add(key(r.getAs("article_id"), r.getAs("event_id"), r.getAs("sub_event_type"),
                    (Integer) r.getAs("fatalities"), r.getAs("location"), String.valueOf(date)));
        }
        assertEquals(fromJson, fromParquet);

        Dataset<Row> incidents = spark.read().parquet(out.resolve("incidents").toString());
        assertEquals(Schemas.REPORT, ((org.apache.spark.sql.types.ArrayType) incidents.schema().apply("reports").dataType())
                .elementType());
        long reports = incidents.selectExpr("sum(size(reports))").first().getLong(0);
        assertEquals(s.events(), reports, "every event is a report of exactly one incident");
    }

    private static String key(Object... parts) {
        return Arrays.toString(parts);
    }

    @Test
    void theSchemaNamesEveryFieldOfTheContractInItsOrder() {
        Event e = Line.of(settings(JobSettings.Format.JSONL)).extract(new org.sitrep.model.Article("x",
                "Two soldiers were killed in a clash with rebels near Idlib on Monday, a monitor said.",
                java.time.LocalDate.of(2019, 10, 29), "Example Wire", null, "en")).get(0);
        List<String> contract = new ArrayList<>();
        EventJson.toJson(e).fieldNames().forEachRemaining(contract::add);
        assertEquals(contract, Arrays.asList(Schemas.EVENT.fieldNames()));
    }

    @Test
    void acledCsvHasAHeaderInEveryFileAndEveryEvent() {
        Path out = root.resolve("out-csv");
        // the folder of example reports alone: the CSV writer needs no second pass over the whole corpus
        ArchiveJob.Summary s = ArchiveJob.run(spark, new ArchiveJob.Request(List.of(corpus.folder.toString()), out.toString(),
                settings(JobSettings.Format.ACLED_CSV), 0, true, false));
        String header = Extraction.Lines.csvHeader();
        int idColumn = Arrays.asList(header.split(",")).indexOf("sitrep_event_id");
        Set<String> ids = new HashSet<>();
        int headers = 0;
        // records, not lines: a note may hold a quoted line break
        var csv = new java.io.BufferedReader(new java.io.StringReader(String.join("\n", lines(out.resolve("events")))));
        try {
            for (List<String> r = AcledCsvReader.record(csv); r != null; r = AcledCsvReader.record(csv)) {
                if (String.join(",", r).equals(header)) {
                    headers++;
                } else {
                    ids.add(r.get(idColumn));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(headers >= 1);
        assertEquals(expected.stream().filter(l -> articleId(l).matches("[a-z0-9-]+\\.txt")).map(ArchiveJobTest::articleEventId)
                .collect(Collectors.toSet()), ids);
        assertEquals(s.events(), lines(out.resolve("incident_reports")).stream()
                .filter(l -> !l.equals(FusionStage.Csv.LINKS_HEADER)).count());
    }

    private static String articleEventId(String jsonLine) {
        try {
            return JSON.readTree(jsonLine).get("event_id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void incidentsAreTheStoresAndTheArchiveLoadsIntoAStore() throws IOException {
        Set<Set<String>> archive = new HashSet<>();
        for (String l : lines(jsonlOut.resolve("incidents"))) {
            Set<String> reports = new TreeSet<>();
            for (Iterator<JsonNode> it = JSON.readTree(l).get("reports").elements(); it.hasNext(); ) {
                reports.add(it.next().get("report_id").asText());
            }
            archive.add(reports);
        }
        // two outlets' reports of the Afrin bombing are one incident
        Set<String> afrin = new HashSet<>();
        for (String l : expected) {
            JsonNode n = JSON.readTree(l);
            if (n.get("article_id").asText().startsWith("afrin-ied")) {
                afrin.add(n.get("event_id").asText());
            }
        }
        assertTrue(archive.stream().anyMatch(r -> r.size() > 1 && afrin.containsAll(r)), archive.toString());

        // the store keeps one copy of a text (the corpus, like real archives, has one report twice under two names):
        // the copy read later, in the order ingest reads the articles, brings no reports
        Set<String> texts = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        for (String l : lines(jsonlOut.resolve("articles"))) {
            JsonNode a = JSON.readTree(l);
            if (!texts.add(JdbcEventStore.contentHash(a.get("text").asText()))) {
                a.get("events").forEach(e -> dropped.add(e.get("event_id").asText()));
            }
        }
        assertFalse(dropped.isEmpty(), "the corpus's report given twice is in the archive twice");
        Set<Set<String>> kept = new HashSet<>();
        for (Set<String> r : archive) {
            Set<String> k = new TreeSet<>(r);
            k.removeAll(dropped);
            if (!k.isEmpty()) {
                kept.add(k);
            }
        }

        Path db = root.resolve("store.db");
        assertEquals(0, Main.run("ingest", "--db", db.toString(), "--data", data.toString(), jsonlOut.toString()));
        try (JdbcEventStore store = JdbcEventStore.open(db.toString(), Clock.systemUTC())) {
            long[] counts = store.counts();
            assertEquals(jsonlSummary.events() - dropped.size(), counts[1], "every event is a report in the store");
            Set<Set<String>> stored = new HashSet<>();
            for (StoredEvent e : store.events(EventQuery.all(EventQuery.MAX_LIMIT))) {
                stored.add(e.reports().stream().map(r -> r.event().eventId()).collect(Collectors.toCollection(TreeSet::new)));
            }
            assertEquals(kept, stored, "the archive fuses reports as the store does");
        }
    }
}
