package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monitor notes written for this project in six sets, each from Syria, Iraq, Turkey, Kenya or Afghanistan as
 * monitors, wires and local papers write them, with the point of the place each names where its writer knew
 * it to some 10 km (notes/*.jsonl). The share of notes whose event lies within 25 km of that point is a
 * ratchet at today's share (a note with no event is a miss). The session-9 build placed 0.908, 0.819, 0.882, 0.866,
 * 0.844 and 0.742 of them; the misses left are mostly villages neither gazetteer holds (Kainuk, Chemolingot).
 */
class NoteSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final double WITHIN_KM = 25;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sy-iq-tr, 0.979",
        "ke, 0.972",
        "af, 1.000",
        "sy2, 0.948",
        "iq-tr2, 0.987",
        "ke-af2, 0.903",
    })
    void notesArePlacedWithin25KmOfTheirPlace(String set, double minShare) throws IOException {
        List<JsonNode> notes = read("/notes/" + set + ".jsonl");
        int placed = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode n : notes) {
            Article a = new Article(n.get("id").asText(), n.get("text").asText(), LocalDate.parse(n.get("published").asText()),
                    null, null, "en");
            Event e = TestEngine.extractor().extract(a).stream().max(Comparator.comparingDouble(Event::confidence)).orElse(null);
            if (e != null && e.place() != null
                    && Distance.km(e.place().latitude(), e.place().longitude(), n.get("lat").asDouble(), n.get("lon").asDouble()) <= WITHIN_KM) {
                placed++;
            } else {
                misses.add(n.get("id").asText() + " " + n.get("place").asText() + " -> " + (e == null ? "no event" : e.place()));
            }
        }
        double share = (double) placed / notes.size();
        System.out.printf("%s: %d of %d within %.0f km (%.3f)%n", set, placed, notes.size(), WITHIN_KM, share);
        assertTrue(share >= minShare - 1e-9, set + ": " + placed + " of " + notes.size() + " = " + share + " < " + minShare
                + "; misses: " + misses);
    }

    private static List<JsonNode> read(String resource) throws IOException {
        var in = NoteSetTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource);
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
