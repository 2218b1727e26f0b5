package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports past every old limit, and the endpoints that page saying so (next, Link), on 1,250 events. */
class ServerExportTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int N = 1_250;
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;

    @BeforeAll
    static void start() {
        store = JdbcEventStore.open(dir.resolve("export.db").toString(), Clock.systemUTC());
        List<JdbcEventStore.Batch> batches = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            LocalDate day = LocalDate.of(2010, 1, 1).plusDays(3L * i); // three days apart: no two fuse
            String id = "a" + i;
            Place p = new Place("Town " + i, 35.9, 36.6, "SY", "Syria", "SYR", "Idlib", "", null, "PPL", 1);
            batches.add(new JdbcEventStore.Batch(new Article(id, "Report " + i + ".", day, "Wire", null, "en"),
                    List.of(new Event(id, id + "-0", day, 1, Status.OCCURRED, i % 2 == 0 ? SubEventType.ARMED_CLASH
                            : SubEventType.SHELLING, new Actor("Group " + (i % 5), 2, "SY"),
                            new Actor("Military Forces of Syria", 1, "SY"), List.of(), List.of(), p, p.location(),
                            new Casualties(i % 3, null, null), List.of(new Source("Reuters", Source.Kind.NEWS_AGENCY)),
                            Certainty.REPORTED, "190", .5, "Clash " + i + ".", List.of()))));
        }
        store.storeAll(batches);
        server = new Server(store, null, null, null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r;
    }

    @Test
    void everyFormatExportsEveryEvent() throws Exception {
        assertEquals(N, get("/api/export?format=jsonl").body().lines().count());
        String csv = get("/api/export?format=acled-csv").body();
        assertEquals(N + 1, csv.lines().count());
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",International,")), "Reuters' source_scale");
        assertTrue(get("/api/export?format=acled-csv-classic").body().startsWith("data_id,iso,event_id_cnty,event_id_no_cnty"));
        assertEquals(N, JSON.readTree(get("/api/export?format=geojson").body()).get("features").size());
        assertEquals(N / 2, get("/api/export?format=jsonl&type=Battles").body().lines().count());
        assertEquals(10, get("/api/export?format=jsonl&limit=10").body().lines().count());
    }

    @Test
    void pagedAnswersSayWhereTheRestIs() throws Exception {
        HttpResponse<String> first = get("/api/events");
        JsonNode page = JSON.readTree(first.body());
        assertEquals(1000, page.get("count").asInt());
        assertEquals(N, page.get("total").asInt());
        assertEquals("</api/events?limit=1000&offset=1000>; rel=\"next\"", first.headers().firstValue("Link").orElseThrow());
        Set<String> ids = new HashSet<>();
        String next = "/api/events?limit=300&type=Battles";
        while (next != null) {
            JsonNode p = JSON.readTree(get(next).body());
            p.get("events").forEach(e -> ids.add(e.get("event_id").asText()));
            next = p.has("next") ? p.get("next").asText() : null;
            assertTrue(next == null || next.contains("type=Battles"), "the filters go on to the next page: " + next);
        }
        assertEquals(N / 2, ids.size(), "the pages together hold every event, each once");
        JsonNode table = JSON.readTree(get("/api/table").body());
        assertEquals(N, table.get("rows").size());
        assertEquals(N, table.get("total").asInt());
        assertFalse(table.has("next"));
        JsonNode map = JSON.readTree(get("/api/map?limit=1000").body());
        assertEquals(N, map.get("total").asInt());
        assertTrue(map.get("next").asText().endsWith("limit=1000&offset=1000"), map.get("next").asText());
    }

    @Test
    void statisticsByWeekAndTypeAndByPlace() throws Exception {
        JsonNode weeks = JSON.readTree(get("/api/aggregates?by=week-type").body());
        long events = 0;
        for (JsonNode g : weeks.get("groups")) {
            assertTrue(g.get("key").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.parse(g.get("key").asText()).getDayOfWeek());
            assertTrue(Set.of("Battles", "Explosions/Remote violence").contains(g.get("type").asText()));
            events += g.get("events").asLong();
        }
        assertEquals(N, events);
        JsonNode places = JSON.readTree(get("/api/aggregates?by=location").body());
        assertEquals("Town 0, Idlib, Syria", places.get("groups").get(0).get("key").asText());
        assertEquals(N, places.get("groups").get(0).get("events").asInt(), "one place");
    }
}
