package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestEngine;
import org.sitrep.store.JdbcEventStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API against a real server on a random loopback port. */
class ServerApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;
    static Server guarded;

    @BeforeAll
    static void start() {
        store = JdbcEventStore.open(dir.resolve("api.db").toString(), Clock.systemUTC());
        Fixtures.storeAll(store);
        server = new Server(store, TestEngine.extractor(), null, null).start("127.0.0.1", 0);
        guarded = new Server(store, TestEngine.extractor(), "s3cret", null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        guarded.stop();
        store.close();
    }

    static HttpResponse<String> get(Server s, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(Server s, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eventsWithFiltersAndPaging() throws Exception {
        JsonNode all = JSON.readTree(get(server, "/api/events").body());
        assertTrue(all.get("count").asInt() >= 4, all.toString());
        JsonNode battles = JSON.readTree(get(server, "/api/events?type=Battles&limit=1").body());
        assertEquals(1, battles.get("events").size());
        assertEquals("Battles", battles.get("events").get(0).get("event_type").asText());
        JsonNode page2 = JSON.readTree(get(server, "/api/events?limit=1&offset=1").body());
        assertTrue(!page2.get("events").get(0).get("event_id").equals(all.get("events").get(0).get("event_id")));
        JsonNode box = JSON.readTree(get(server, "/api/map?bbox=36,35,37.5,36.5").body());
        assertTrue(box.get("points").size() >= 1, box.toString());
    }

    @Test
    void oneEventWithReportsEvidenceAndArticle() throws Exception {
        String id = JSON.readTree(get(server, "/api/events?text=Saraqib").body()).get("events").get(0).get("event_id").asText();
        JsonNode e = JSON.readTree(get(server, "/api/events/" + id).body());
        JsonNode r = e.get("reports").get(0);
        assertTrue(r.get("article_text").asText().contains("Saraqib"));
        int start = r.get("evidence").get(0).get("start").asInt(), end = r.get("evidence").get(0).get("end").asInt();
        assertEquals(r.get("evidence").get(0).get("text").asText(), r.get("article_text").asText().substring(start, end));
        assertEquals(404, get(server, "/api/events/nosuch").statusCode());
    }

    @Test
    void badParametersAreNamed() throws Exception {
        for (String[] c : new String[][] {{"/api/events?from=2019-02-30", "from"}, {"/api/events?bbox=1,2,3", "bbox"},
            {"/api/events?type=War", "type"}, {"/api/events?limit=0", "limit"}, {"/api/events?colour=red", "colour"},
            {"/api/aggregates?by=year", "by"}, {"/api/export?format=xml", "format"}, {"/api/events?certainty=sure", "certainty"}}) {
            HttpResponse<String> r = get(server, c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertEquals(c[1], JSON.readTree(r.body()).get("parameter").asText(), r.body());
        }
    }

    @Test
    void aggregatesAndExports() throws Exception {
        JsonNode byType = JSON.readTree(get(server, "/api/aggregates?by=type").body());
        assertTrue(byType.get("groups").size() >= 2, byType.toString());
        JsonNode byWeek = JSON.readTree(get(server, "/api/aggregates?by=week").body());
        assertTrue(byWeek.get("groups").get(0).get("key").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        HttpResponse<String> csv = get(server, "/api/export?format=acled-csv&country=Syria");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("event_id_cnty,event_date"), csv.body());
        assertTrue(JSON.readTree(get(server, "/api/export?format=geojson").body()).get("features").size() >= 4);
        assertTrue(JSON.readTree(get(server, "/openapi.json").body()).get("paths").has("/api/events"));
    }

    @Test
    void extractDoesNotStoreButArticlesDo() throws Exception {
        long before = store.counts()[0];
        String body = "{\"text\": \"Two soldiers were killed in clashes near Mosul on Monday.\", \"published\": \"2020-01-07\"}";
        HttpResponse<String> r = post(server, "/api/extract", body, null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("2020-01-06", JSON.readTree(r.body()).get("events").get(0).get("event_date").asText());
        assertEquals(before, store.counts()[0]);
        assertEquals(201, post(server, "/api/articles", body, null).statusCode());
        HttpResponse<String> again = post(server, "/api/articles", body, null);
        assertEquals(200, again.statusCode());
        assertTrue(JSON.readTree(again.body()).get("duplicate").asBoolean());
        assertEquals(400, post(server, "/api/extract", "{\"text\": 5}", null).statusCode());
        assertEquals(400, post(server, "/api/extract", "not json", null).statusCode());
        assertEquals("published", JSON.readTree(post(server, "/api/extract",
                "{\"text\": \"Clashes in Mosul.\", \"published\": \"2020-13-01\"}", null).body()).get("parameter").asText());
    }

    @Test
    void bodiesAreLimitedAndWritesGuardedByToken() throws Exception {
        String huge = "{\"text\": \"" + "a".repeat((int) Server.MAX_BODY + 10) + "\"}";
        assertEquals(413, post(server, "/api/extract", huge, null).statusCode());
        String body = "{\"text\": \"Three civilians were wounded by shelling in Idlib on Monday.\", \"published\": \"2020-01-07\"}";
        assertEquals(401, post(guarded, "/api/extract", body, null).statusCode());
        assertEquals(401, post(guarded, "/api/extract", body, "wrong").statusCode());
        assertEquals(200, post(guarded, "/api/extract", body, "s3cret").statusCode());
        assertEquals(200, get(guarded, "/api/events").statusCode(), "reads need no token");
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Server(store, TestEngine.extractor(), null, null).start("0.0.0.0", 0));
        assertTrue(e.getMessage().contains("needs a write token"), e.getMessage());
    }
}
