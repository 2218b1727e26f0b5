package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestEngine;
import org.sitrep.store.JdbcEventStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article posted without any date: its events are coded on the day the store's clock says it arrived. */
class UndatedArticleApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void undatedArticlesGetTheDayOfReceiptNeverNull() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-03-05T23:30:00Z"), ZoneOffset.ofHours(5)); // UTC decides the day
        try (JdbcEventStore store = JdbcEventStore.open(dir.resolve("undated.db").toString(), clock)) {
            Server s = new Server(store, TestEngine.extractor(), null, null).start("127.0.0.1", 0);
            try {
                String body = "{\"text\": \"Two soldiers were killed in clashes with gunmen near Mosul, a security source said.\"}";
                String host = "127.0.0.1:" + s.port();
                var extracted = ServerGuardTest.request(s.port(), "POST", "/api/extract", host, body, "Content-Type: application/json");
                JsonNode e = extracted.json().get("events").get(0);
                assertEquals("2024-03-05", e.get("event_date").asText(), extracted.body());
                assertEquals(3, e.get("time_precision").asInt());
                assertEquals(201, ServerGuardTest.request(s.port(), "POST", "/api/articles", host, body,
                        "Content-Type: application/json").status());
                var listed = ServerGuardTest.request(s.port(), "GET", "/api/events", host, null);
                JsonNode stored = listed.json().get("events").get(0);
                assertEquals("2024-03-05", stored.get("event_date").asText(), listed.body());
                assertEquals(3, stored.get("time_precision").asInt());
                assertTrue(stored.get("notes").asText().contains("coded on the day it was received"), listed.body());
                assertTrue(!listed.body().contains("\"event_date\":null"), listed.body());
            } finally {
                s.stop();
            }
        }
    }
}
