package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestEngine;
import org.sitrep.store.EventStore;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.PostgresStoreTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps other sites, rebinding pages, oversized bodies and bad text out, against a real server on
 * a random loopback port. Requests are written on raw sockets: they set the Host header and the framing
 * that HTTP client libraries keep to themselves.
 */
class ServerGuardTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BODY = "{\"text\": \"Two soldiers were killed in clashes near Mosul on Monday.\", \"published\": \"2020-01-07\"}";
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;

    @BeforeAll
    static void start() {
        store = JdbcEventStore.open(dir.resolve("guard.db").toString(), Clock.systemUTC());
        server = new Server(store, TestEngine.extractor(), null, null).allowedHosts(List.of("sitrep.example.org"))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** One request on its own connection; {@code extra} are header lines. */
    static Response request(int port, String method, String path, String host, String body, String... extra) throws IOException {
        StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        if (host != null) {
            sb.append("Host: ").append(host).append("\r\n");
        }
        for (String h : extra) {
            sb.append(h).append("\r\n");
        }
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            sb.append("Content-Length: ").append(b.length).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    static Response get(String path, String host) throws IOException {
        return request(server.port(), "GET", path, host, null);
    }

    static Response post(String path, String body, String... headers) throws IOException {
        return request(server.port(), "POST", path, own(), body, headers);
    }

    static String own() {
        return "127.0.0.1:" + server.port();
    }

    static Response parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.UTF_8);
        int end = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, end < 0 ? all.length() : end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        String body = end < 0 ? "" : all.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            StringBuilder sb = new StringBuilder();
            int at = 0;
            while (true) {
                int nl = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, nl).strip(), 16);
                if (size == 0) {
                    break;
                }
                sb.append(body, nl + 2, nl + 2 + size);
                at = nl + 2 + size + 2;
            }
            body = sb.toString();
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    @Test
    void writesTakeOnlyJson() throws IOException {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            Response r = post("/api/extract", BODY, "Content-Type: " + type);
            assertEquals(415, r.status(), type);
            assertEquals("Content-Type", r.json().get("parameter").asText(), r.body());
        }
        assertEquals(415, post("/api/articles", BODY).status(), "no Content-Type at all");
        assertEquals(200, post("/api/extract", BODY, "Content-Type: application/json; charset=utf-8").status());
    }

    @Test
    void writesFromOtherSitesAreRefused() throws IOException {
        long before = store.counts()[0];
        for (String origin : new String[] {"http://evil.example", "null", "http://127.0.0.1:" + (server.port() + 1),
            "https://evil.example:" + server.port()}) {
            Response r = post("/api/articles", BODY, "Content-Type: application/json", "Origin: " + origin);
            assertEquals(403, r.status(), origin);
            assertEquals("Origin", r.json().get("parameter").asText(), r.body());
        }
        assertEquals(before, store.counts()[0], "nothing planted");
        assertEquals(200, post("/api/extract", BODY, "Content-Type: application/json", "Origin: http://" + own()).status(),
                "the page's own origin");
        assertEquals(200, request(server.port(), "POST", "/api/extract", "localhost:" + server.port(), BODY,
                "Content-Type: application/json", "Origin: http://localhost:" + server.port()).status());
        assertEquals(200, post("/api/extract", BODY, "Content-Type: application/json").status(), "no Origin: curl, scripts");
    }

    @Test
    void unknownHostsAreRefusedOnEveryRequest() throws IOException {
        int port = server.port();
        for (String host : new String[] {"evil.example:" + port, "evil.example", "localhost:" + (port + 1), "10.0.0.1:" + port}) {
            for (String path : new String[] {"/", "/api/events", "/app.js"}) {
                Response r = get(path, host);
                assertEquals(403, r.status(), host + " " + path);
                assertTrue(r.body().contains("--allowed-host"), r.body());
            }
        }
        assertEquals(403, request(port, "POST", "/api/extract", "evil.example:" + port, BODY, "Content-Type: application/json")
                .status(), "a rebinding page's write");
        for (String host : new String[] {"localhost:" + port, "LOCALHOST:" + port, "127.0.0.1:" + port, "[::1]:" + port,
            "sitrep.example.org", "sitrep.example.org:443"}) {
            assertEquals(200, get("/api/events", host).status(), host);
        }
    }

    @Test
    void chunkedBodiesAreLimitedAsTheyAreRead() throws Exception {
        long total = 20L * 1024 * 1024;
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/extract HTTP/1.1\r\nHost: " + own() + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < total) {
                        out.write(chunk);
                        sent.addAndGet(0x10000);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the server stopped reading and closed: what a limit looks like to the sender
                }
            });
            writer.start();
            String head = head(s.getInputStream());
            assertTrue(head.startsWith("HTTP/1.1 413"), head);
            // Jetty may drain the rest of the body to close the connection cleanly; it is discarded, not kept
            writer.join(60_000);
        }
        assertEquals(200, get("/api/events", own()).status(), "the server goes on serving");
        assertEquals(200, post("/api/extract", BODY, "Content-Type: application/json").status());
    }

    /** The status line and headers, read as they come: the connection may be reset once they are in. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            int c;
            while ((c = in.read()) >= 0) {
                b.write(c);
                if (b.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                    break;
                }
            }
        } catch (SocketException e) {
            if (b.size() == 0) {
                throw e;
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws IOException {
        for (Response r : new Response[] {get("/", own()), get("/app.js", own()), get("/webjars/leaflet/1.9.4/dist/leaflet.js", own()),
            get("/api/events", own()), get("/api/events/nosuch", own()), get("/nosuch.html", own()), get("/api/events", "evil.example"),
            post("/api/extract", BODY, "Content-Type: text/plain"), post("/api/extract", BODY, "Content-Type: application/json")}) {
            assertEquals("nosniff", r.header("X-Content-Type-Options"), r.headers().toString());
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
            String csp = r.header("Content-Security-Policy");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                    && csp.contains("default-src 'none'") && !csp.contains("unsafe-eval"), csp);
        }
        assertEquals(200, get("/", own()).status());
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.css", own()).status(), "Leaflet from the webjar path");
        assertEquals("https://*.tile.openstreetmap.org", Guard.tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"));
        Server tiled = new Server(store, TestEngine.extractor(), null, "https://{s}.tile.example.org/{z}/{x}/{y}.png").start("127.0.0.1", 0);
        try {
            Response r = request(tiled.port(), "GET", "/", "127.0.0.1:" + tiled.port(), null);
            assertTrue(r.header("Content-Security-Policy").contains("img-src 'self' https://*.tile.example.org;"),
                    r.header("Content-Security-Policy"));
            assertEquals("strict-origin", r.header("Referrer-Policy"), "tile servers ask for the origin");
        } finally {
            tiled.stop();
        }
    }

    @Test
    void controlCharactersAreCleanedAndEmptyTextNamed() throws IOException {
        Response ok = post("/api/articles", "{\"text\": \"Three civilians were killed\\u0000 in shelling on Saraqib on Monday.\","
                + " \"published\": \"2020-02-04\", \"source\": \"Wire\\u0000\", \"url\": \"http://example.org/nul\"}",
                "Content-Type: application/json");
        assertEquals(201, ok.status(), ok.body());
        var a = store.article("http://example.org/nul").orElseThrow();
        assertFalse(a.text().contains("\u0000") || a.source().contains("\u0000"), a.text());
        Response empty = post("/api/extract", "{\"text\": \"\\u0000\\u0001 \\u0000\"}", "Content-Type: application/json");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("text", empty.json().get("parameter").asText());
        assertTrue(empty.json().get("error").asText().contains("no text"), empty.body());
    }

    /** PostgreSQL refuses NUL in text: the article is cleaned before it gets there (a 500 before). */
    @Test
    void controlCharactersReachNoDatabase() throws IOException {
        String url = PostgresStoreTest.url();
        PostgresStoreTest.reset(url);
        try (JdbcEventStore pg = JdbcEventStore.open(url, Clock.systemUTC())) {
            Server s = new Server(pg, TestEngine.extractor(), null, null).start("127.0.0.1", 0);
            try {
                Response r = request(s.port(), "POST", "/api/articles", "127.0.0.1:" + s.port(), "{\"text\": \"Two soldiers were "
                        + "killed\\u0000 in clashes near Mosul on Monday.\", \"published\": \"2020-01-07\", \"id\": \"a\\u0000b\"}",
                        "Content-Type: application/json");
                assertEquals(201, r.status(), r.body());
                assertEquals(1, pg.counts()[0]);
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void aFailureIsLoggedWithItsCauseAndAnsweredShortly() throws IOException {
        EventStore broken = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "today" -> LocalDate.of(2020, 1, 7);
                    case "close" -> null;
                    default -> throw new IllegalStateException("the disk is on fire");
                });
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Server s = new Server(broken, TestEngine.extractor(), null, null).log(new PrintStream(log, true, StandardCharsets.UTF_8))
                .start("127.0.0.1", 0);
        try {
            Response r = request(s.port(), "POST", "/api/articles", "127.0.0.1:" + s.port(), BODY, "Content-Type: application/json");
            assertEquals(500, r.status(), r.body());
            String error = r.json().get("error").asText();
            assertTrue(error.contains("IllegalStateException") && error.contains("POST /api/articles"), error);
            assertFalse(r.body().contains("disk is on fire") || r.body().contains("\tat "), "no internals to the client: " + r.body());
            Response read = request(s.port(), "GET", "/api/events", "127.0.0.1:" + s.port(), null);
            assertEquals(500, read.status());
            String logged = log.toString(StandardCharsets.UTF_8);
            assertTrue(logged.contains("500 on POST /api/articles") && logged.contains("the disk is on fire")
                    && logged.contains("\tat "), logged);
            assertTrue(logged.contains("500 on GET /api/events"), logged);
        } finally {
            s.stop();
        }
    }

    @Test
    void aTakenPortIsOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            var e = assertThrows(IllegalStateException.class,
                    () -> new Server(store, TestEngine.extractor(), null, null).start("127.0.0.1", taken.getLocalPort()));
            assertEquals("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use; stop what holds it or choose another"
                    + " with --port (0 picks a free one)", e.getMessage());
        }
    }
}
