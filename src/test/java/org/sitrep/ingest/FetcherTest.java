package org.sitrep.ingest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fetching against real servers on loopback that misbehave: one that accepts and never answers, one
 * that trickles its body, one that sends too much, one that redirects. The only clock assertions are
 * deadlines, generously: a failure must come within twice the configured deadline.
 */
class FetcherTest {
    static final Duration DEADLINE = Duration.ofSeconds(2);
    private final List<Socket> held = new ArrayList<>();
    private ServerSocket raw;
    private HttpServer http;

    @BeforeEach
    void servers() throws IOException {
        raw = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/page", ex -> {
            byte[] b = "<html><body><p>a page</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        http.createContext("/to-localhost", ex -> redirect(ex, "http://localhost:" + port() + "/page"));
        http.createContext("/to-same-host", ex -> redirect(ex, "/page"));
        http.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        http.createContext("/loop", ex -> redirect(ex, "/loop"));
        http.createContext("/huge", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length to refuse it by
            byte[] mb = new byte[1024 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 12; i++) {
                    out.write(mb);
                }
            } catch (IOException e) {
                // the client hung up at its cap
            }
        });
        http.start();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @AfterEach
    void stop() throws IOException {
        http.stop(0);
        raw.close();
        for (Socket s : held) {
            s.close();
        }
    }

    private int port() {
        return http.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The raw server: every connection is handed to {@code conn} on a thread of its own. */
    private void serveRaw(java.util.function.Consumer<Socket> conn) {
        Thread t = new Thread(() -> {
            while (!raw.isClosed()) {
                try {
                    Socket s = raw.accept();
                    synchronized (held) {
                        held.add(s);
                    }
                    Thread c = new Thread(() -> conn.accept(s));
                    c.setDaemon(true);
                    c.start();
                } catch (IOException e) {
                    return; // closed at the end of the test
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static Fetcher fetcher(Duration read, Duration deadline, boolean allowPrivate) {
        return new Fetcher(new Fetcher.Limits(Duration.ofSeconds(5), read, deadline, 10 * 1024 * 1024, allowPrivate));
    }

    private static void assertFailsWithinTwiceTheDeadline(Fetcher f, String url, String expected) {
        long t0 = System.nanoTime();
        InputProblem p = assertThrows(InputProblem.class, () -> f.fetchNamed(url));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(p.getMessage().startsWith(url + ": ") && p.getMessage().contains(expected), p.getMessage());
        assertTrue(took.compareTo(DEADLINE.multipliedBy(2)) < 0, "failed after " + took);
    }

    @Test
    void aServerThatNeverAnswersCostsTheDeadline() {
        serveRaw(s -> { }); // accepts, reads nothing, says nothing
        String url = "http://127.0.0.1:" + raw.getLocalPort() + "/feed.xml";
        assertFailsWithinTwiceTheDeadline(fetcher(Duration.ofSeconds(20), DEADLINE, false), url, "no complete answer within 2 s");
        InputProblem read = assertThrows(InputProblem.class,
                () -> fetcher(Duration.ofMillis(500), Duration.ofSeconds(30), false).fetchNamed(url));
        assertTrue(read.getMessage().contains("no answer within 500 ms"), read.getMessage());
    }

    @Test
    void aTricklingServerCostsTheDeadline() {
        serveRaw(s -> {
            try {
                OutputStream out = s.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html>"
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 10_000 && !s.isClosed(); i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up: that is the point
            }
        });
        assertFailsWithinTwiceTheDeadline(fetcher(Duration.ofSeconds(20), DEADLINE, false),
                "http://127.0.0.1:" + raw.getLocalPort() + "/story.html", "no complete answer within 2 s");
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        InputProblem p = assertThrows(InputProblem.class, () -> fetcher(Duration.ofSeconds(20), Duration.ofSeconds(30), false)
                .fetchNamed(url("/huge")));
        assertTrue(p.getMessage().contains("larger than 10485760 bytes"), p.getMessage());
    }

    @Test
    void everyRedirectHopIsChecked() {
        Fetcher f = fetcher(Duration.ofSeconds(20), Duration.ofSeconds(30), false);
        assertArrayEquals(f.fetchNamed(url("/page")), f.fetchNamed(url("/to-same-host")), "the named host is the user's");
        InputProblem other = assertThrows(InputProblem.class, () -> f.fetchNamed(url("/to-localhost")));
        assertTrue(other.getMessage().contains("refused: redirected to http://localhost:") && other.getMessage()
                .contains("--allow-private"), other.getMessage());
        InputProblem metadata = assertThrows(InputProblem.class, () -> f.fetchNamed(url("/to-metadata")));
        assertTrue(metadata.getMessage().contains("169.254.169.254 is 169.254.169.254"), metadata.getMessage());
        InputProblem link = assertThrows(InputProblem.class, () -> f.fetchLink(url("/page")));
        assertTrue(link.getMessage().startsWith(url("/page") + ": refused: 127.0.0.1 is 127.0.0.1"), link.getMessage());
        assertTrue(assertThrows(InputProblem.class, () -> f.fetchNamed(url("/loop"))).getMessage().contains("more than 5 redirects"));
        Fetcher open = fetcher(Duration.ofSeconds(20), Duration.ofSeconds(30), true);
        assertEquals(new String(open.fetchLink(url("/page")), StandardCharsets.UTF_8), "<html><body><p>a page</p></body></html>");
        assertEquals("<html><body><p>a page</p></body></html>", new String(open.fetchNamed(url("/to-localhost")),
                StandardCharsets.UTF_8));
    }

    @Test
    void privateAddressesAreKnown() throws IOException {
        for (String a : new String[] {"127.0.0.1", "127.1.2.3", "::1", "10.0.0.1", "10.255.255.255", "172.16.0.1",
            "172.31.255.254", "192.168.1.1", "169.254.169.254", "169.254.0.1", "fc00::1", "fd12:3456::1", "fe80::1", "0.0.0.0",
            "::", "100.64.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "224.0.0.1", "255.255.255.255"}) {
            assertTrue(Fetcher.isPrivate(InetAddress.getByName(a)), a);
        }
        for (String a : new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.128.0.1",
            "2001:4860:4860::8888", "2a00:1450::1"}) {
            assertFalse(Fetcher.isPrivate(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void onlyHttpUrlsAreFetched() {
        Fetcher f = fetcher(Duration.ofSeconds(20), Duration.ofSeconds(30), false);
        for (String u : new String[] {"file:///etc/passwd", "ftp://example.org/x", "http:///nohost", "http://exa mple.org/"}) {
            InputProblem p = assertThrows(InputProblem.class, () -> f.fetchLink(u));
            assertTrue(p.getMessage().startsWith(u + ": not a"), p.getMessage());
        }
    }
}
