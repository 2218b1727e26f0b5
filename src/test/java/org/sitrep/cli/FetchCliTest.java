package org.sitrep.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.JdbcEventStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ingest and watch against servers on loopback: one that accepts and never answers must cost one
 * page's deadline, named in one line, while the other feeds go on; links inside a feed that lead to
 * loopback are refused unless --allow-private, while the feed the user named is fetched.
 */
class FetchCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private HttpServer server;
    private ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            hits.merge(ex.getRequestURI().getPath(), 1, Integer::sum);
            String body = pages.get(ex.getRequestURI().getPath());
            byte[] b = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(body == null ? 404 : 200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    Socket s = silent.accept(); // and never a word
                    synchronized (held) {
                        held.add(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.stop(0);
        silent.close();
        synchronized (held) {
            for (Socket s : held) {
                s.close();
            }
        }
        System.setErr(oldErr);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String stalled() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/feed.xml";
    }

    private String db() {
        return dir.resolve("store.db").toString();
    }

    private long articles() {
        try (JdbcEventStore s = JdbcEventStore.open(db(), Clock.systemUTC())) {
            return s.counts()[0];
        }
    }

    private static String page(String headline, String body) {
        return "<!doctype html><html><head><title>" + headline + "</title>"
                + "<meta property=\"article:published_time\" content=\"2020-02-04T09:00:00Z\"></head><body>"
                + "<article><h1>" + headline + "</h1><p>" + body + "</p></article></body></html>";
    }

    private static String rss(String... links) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local News</title>"
                + "<link>http://example.org/</link><description>news</description>");
        for (String l : links) {
            sb.append("<item><title>Item</title><link>").append(l).append("</link>")
                    .append("<pubDate>Tue, 04 Feb 2020 09:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    private void twoStories() {
        pages.put("/a1", page("Shelling kills three in Saraqib", "Three civilians were killed on Monday when government "
                + "forces shelled the town of Saraqib, the Syrian Observatory for Human Rights said."));
        pages.put("/a2", page("Blast in Mosul", "Two soldiers were killed on Monday when a roadside bomb exploded near Mosul, "
                + "a security source said."));
    }

    @Test
    void ingestOfAServerThatNeverAnswersFailsNamingTheUrl() {
        assertEquals(1, Main.run("ingest", "--db", db(), "--fetch-deadline", "2s", stalled()));
        String e = err.toString();
        assertTrue(e.contains(stalled() + ": no complete answer within 2 s"), e);
        assertEquals(2, e.strip().lines().count(), "the failure and the summary: " + e);
    }

    @Test
    void watchGoesOnPastAStalledFeed() throws IOException {
        twoStories();
        pages.put("/feed.xml", rss(base() + "/a1", base() + "/a2"));
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), stalled() + "\n" + base() + "/feed.xml\n");
        assertEquals(0, Main.run("watch", feeds.toString(), "--polls", "1", "--fetch-deadline", "2s", "--allow-private",
                "--db", db()), err.toString());
        String e = err.toString();
        assertTrue(e.contains(stalled() + ": no complete answer within 2 s"), e);
        assertTrue(e.contains("poll 1: 2 feeds, 2 new articles, 1 errors"), e);
        assertEquals(2, articles());
    }

    @Test
    void feedLinksToPrivateAddressesAreRefusedUnlessAllowed() {
        twoStories();
        pages.put("/feed.xml", rss(base() + "/a1", base() + "/a2", "http://169.254.169.254/latest/meta-data/"));
        assertEquals(1, Main.run("ingest", "--db", db(), base() + "/feed.xml"), "nothing stored");
        String e = err.toString();
        for (String link : new String[] {base() + "/a1", base() + "/a2"}) {
            assertTrue(e.contains(link + ": refused: 127.0.0.1 is 127.0.0.1, a loopback, private or link-local address"), e);
        }
        assertTrue(e.contains("http://169.254.169.254/latest/meta-data/: refused"), e);
        assertEquals(1, hits.get("/feed.xml"), "the feed the user named was fetched");
        assertFalse(hits.containsKey("/a1") || hits.containsKey("/a2"), "no link was fetched: " + hits);
        assertEquals(0, articles());

        err.reset();
        pages.put("/feed.xml", rss(base() + "/a1", base() + "/a2"));
        assertEquals(0, Main.run("ingest", "--db", db(), "--allow-private", base() + "/feed.xml"), err.toString());
        assertEquals(2, articles());
        assertEquals(1, hits.get("/a1"));
    }
}
