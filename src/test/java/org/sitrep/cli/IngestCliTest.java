package org.sitrep.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbcEventStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingest, watch, events and export from the command line, with feeds served on loopback. */
class IngestCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut, oldErr;
    private HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            byte[] b = body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(body == null ? 404 : 200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String db() {
        return dir.resolve("store.db").toString();
    }

    private long[] counts() {
        try (JdbcEventStore s = JdbcEventStore.open(db(), Clock.systemUTC())) {
            return s.counts();
        }
    }

    @Test
    void fiveHundredReportsTwiceLeaveNoDuplicates() throws IOException {
        Path jsonl = Files.write(dir.resolve("reports.jsonl"), Reports.jsonl(500, 7));
        assertEquals(0, Main.run("ingest", "--db", db(), jsonl.toString()), err.toString());
        long[] first = counts();
        assertEquals(500, first[0], err.toString());
        assertTrue(first[1] >= 450, "most reports hold an event: " + first[1]);
        assertEquals(0, Main.run("ingest", "--db", db(), jsonl.toString()), err.toString());
        long[] second = counts();
        assertEquals(first[0], second[0], "no duplicate articles");
        assertEquals(first[1], second[1], "no duplicate reports");
        assertEquals(first[2], second[2], "no duplicate events");
        assertTrue(err.toString().contains("0 articles stored, 500 already known"), err.toString());
    }

    private static String page(String headline, String body) {
        return "<!doctype html><html><head><title>" + headline + " | Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"2020-02-04T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <p>Subscribe to our newsletter today for all the news</p></nav>"
                + "<article><h1>" + headline + "</h1><p class=\"byline\">By Lina  Haddad</p><p>" + body + "</p>"
                + "<p>The fighting has displaced thousands of families in the area since the start of the month.</p></article>"
                + "<footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>";
    }

    private static String rss(String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>"
                + "<link>http://example.org/</link><description>news</description>");
        for (String i : items) {
            sb.append("<item><title>Item</title><link>").append(i).append("</link>")
                    .append("<pubDate>Tue, 04 Feb 2020 09:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @Test
    void feedsAndPagesWithMainTextOnly() {
        pages.put("/a1", page("Shelling kills three in Saraqib", "Three civilians were killed on Monday when government "
                + "forces shelled the town of Saraqib, the Syrian Observatory for Human Rights said."));
        pages.put("/a2", page("Blast in Mosul", "Two soldiers were killed on Monday when a roadside bomb exploded near Mosul, "
                + "a security source said."));
        pages.put("/feed.xml", rss(base() + "/a1", base() + "/a2"));
        // the feed's links lead to loopback, where this test serves them
        assertEquals(0, Main.run("ingest", "--db", db(), "--allow-private", base() + "/feed.xml"), err.toString());
        assertEquals(2, counts()[0], err.toString());
        try (JdbcEventStore s = JdbcEventStore.open(db(), Clock.systemUTC())) {
            var a = s.article(base() + "/a1").orElseThrow();
            assertTrue(a.text().startsWith("Shelling kills three in Saraqib"), a.text());
            assertTrue(!a.text().contains("newsletter") && !a.text().contains("Copyright"), "no boilerplate: " + a.text());
            assertEquals("2020-02-04", a.published().toString());
            assertEquals("Lina Haddad", a.byline(), "the byline, from the page and out of the story");
            assertTrue(!a.text().contains("Haddad"), a.text());
            var events = s.events(EventQuery.all(10));
            assertEquals(2, events.size());
            assertEquals("2020-02-03", events.get(0).fused().date().toString(), "Monday before the publication date");
        }
    }

    /** A page fetched again with a raised toll: a new version, the event updated, the old text kept (issue 13). */
    @Test
    void aPageRepublishedWithANewTollUpdatesItsEvent() {
        pages.put("/blast", page("Blast in Mosul", "Two soldiers were killed on Monday when a roadside bomb exploded near"
                + " Mosul, a security source said."));
        assertEquals(0, Main.run("ingest", "--db", db(), base() + "/blast"), err.toString());
        pages.put("/blast", page("Blast in Mosul", "Four soldiers were killed on Monday when a roadside bomb exploded near"
                + " Mosul, a security source said."));
        assertEquals(0, Main.run("ingest", "--db", db(), base() + "/blast"), err.toString());
        assertTrue(err.toString().contains("1 articles stored, 0 already known, 1 events (0 fused into incidents already"
                + " stored, 1 updating a re-published page's)"), err.toString());
        assertEquals(0, Main.run("ingest", "--db", db(), base() + "/blast"), err.toString());
        assertTrue(err.toString().contains("0 articles stored, 1 already known"), err.toString());
        try (JdbcEventStore s = JdbcEventStore.open(db(), Clock.systemUTC())) {
            assertEquals(2, s.counts()[0], "both versions are kept");
            assertEquals(1, s.counts()[2]);
            var e = s.events(EventQuery.all(10)).get(0);
            assertEquals(4, e.fused().casualties().fatalities());
            assertEquals(java.util.Optional.of(base() + "/blast"), s.previousVersion(base() + "/blast#v2"));
        }
    }

    @Test
    void watchSurvivesADownFeedAndGarbage() throws IOException {
        pages.put("/a1", page("Shelling kills three in Saraqib", "Three civilians were killed on Monday when government "
                + "forces shelled the town of Saraqib, the Syrian Observatory for Human Rights said."));
        pages.put("/good.xml", rss(base() + "/a1"));
        pages.put("/garbage.xml", "<rss><channel><item><link>unclosed");
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# feeds\n" + base() + "/missing.xml\n" + base()
                + "/garbage.xml\nhttp://127.0.0.1:1/refused.xml\n" + base() + "/good.xml\n");
        assertEquals(0, Main.run("watch", feeds.toString(), "--every", "1s", "--polls", "2", "--db", db(), "--allow-private"),
                err.toString());
        String e = err.toString();
        assertTrue(e.contains("/missing.xml: HTTP 404"), e);
        assertTrue(e.contains("/garbage.xml: not a readable RSS or Atom feed"), e);
        assertTrue(e.contains("refused.xml: cannot fetch"), e);
        assertTrue(e.contains("poll 1: 4 feeds, 1 new articles") && e.contains("poll 2: 4 feeds, 0 new articles"), e);
        assertEquals(1, counts()[0]);
    }

    @Test
    void eventsExportAndSplitFromTheCommandLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("monitor.txt"), "Three civilians were killed and six others wounded on Monday when "
                + "government forces shelled the town of Saraqib, the Syrian Observatory for Human Rights said.");
        Files.writeString(folder.resolve("state.txt"), "Terrorists fired shells at Saraqib on Monday, killing two civilians "
                + "and injuring four, the state news agency SANA reported.");
        assertEquals(0, Main.run("ingest", "--db", db(), "--published", "2020-02-04", folder.toString()), err.toString());
        out.reset();
        assertEquals(0, Main.run("events", "--db", db(), "--country", "Syria", "--type", "Explosions/Remote violence"));
        String lines = out.toString().strip();
        assertEquals(1, lines.lines().count(), lines);
        assertTrue(lines.contains("\"corroboration\":2") && lines.contains("\"party\":true"), lines);
        String id = lines.replaceAll(".*\"event_id\":\"([^\"]+)\".*", "$1");
        out.reset();
        assertEquals(0, Main.run("events", "show", "--db", db(), id), err.toString());
        String shown = out.toString();
        assertTrue(shown.contains("\"joined\" : \"founded the event\""), shown);
        assertTrue(shown.contains("\"joined\" : \"joined because: same sub-event type (Shelling/artillery/missile attack),"
                + " same place (Saraqib), same day, actors agree (Civilians (Syria))"), shown);
        out.reset();
        assertEquals(0, Main.run("export", "--db", db(), "--format", "geojson", "--bbox", "36,35,37.5,36.5"));
        assertTrue(out.toString().contains("\"FeatureCollection\"") && out.toString().contains("Saraqib"), out.toString());
        out.reset();
        assertEquals(0, Main.run("events", "split", "--db", db(), id), err.toString());
        assertEquals(2, out.toString().strip().lines().count(), out.toString());
        out.reset();
        assertEquals(0, Main.run("events", "show", "--db", db(), id), err.toString());
        assertTrue(!out.toString().contains("joined because"), "a split undoes the decision: " + out);
        assertEquals(1, Main.run("events", "split", "--db", db(), "nosuchevent"));
        assertEquals(2, Main.run("events", "--db", db(), "--bbox", "1,2,3"));
        assertTrue(err.toString().contains("bbox needs 4 numbers"), err.toString());
    }

    @Test
    void aFileThatIsNotAStoreIsAnError() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "these are my notes");
        assertEquals(1, Main.run("events", "--db", notes.toString()));
        assertTrue(err.toString().contains("is not a SQLite database"), err.toString());
        assertEquals("these are my notes", Files.readString(notes));
    }
}
