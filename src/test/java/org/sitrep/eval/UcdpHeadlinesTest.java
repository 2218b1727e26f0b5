package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestEngine;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 1,127 real headlines of ../shared/data/ucdp-ged (UCDP GED labels, CC BY 4.0), scored by the
 * project's own scorer (../shared/tools/score_ucdp_ged.py), against ratchets at today's scores:
 * src/test/resources/ucdp-ratchet.tsv. Issue 12's bars are detected 0.90, toll exact 0.60, country 0.85.
 */
class UcdpHeadlinesTest {
    static final Path RATCHET = Path.of("src/test/resources/ucdp-ratchet.tsv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresHoldTheirRatchets(@TempDir Path tmp) throws IOException, InterruptedException {
        Path dev = TestEngine.shared().resolve("data/ucdp-ged/dev.jsonl");
        Path events = tmp.resolve("events.jsonl");
        int records = 0;
        try (Writer w = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = JSON.readTree(line);
                records++;
                Article a = new Article(r.get("id").asText(), r.get("text").asText(), LocalDate.parse(r.get("published").asText()),
                        r.get("source").asText(), null, "en");
                for (Event e : TestEngine.extractor().extract(a)) {
                    w.write(JSON.writeValueAsString(EventJson.toJson(e)));
                    w.write('\n');
                }
            }
        }
        assertEquals(1127, records, "the UCDP dev set holds 1,127 headlines");
        Path scorer = TestEngine.shared().resolve("tools/score_ucdp_ged.py");
        Process p = new ProcessBuilder("python3", scorer.toString(), dev.toString(), events.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, "the scorer failed:\n" + out);
        Map<String, Double> got = summary(out);
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(RATCHET, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Double v = got.get(f[0]);
            if (v == null || v < Double.parseDouble(f[1])) {
                failures.add(f[0] + " " + v + " below its ratchet " + f[1]);
            }
        }
        assertEquals(List.of(), failures, out.lines().filter(l -> l.startsWith("SUMMARY")).findFirst().orElse(out));
    }

    private static Map<String, Double> summary(String out) {
        Map<String, Double> m = new HashMap<>();
        out.lines().filter(l -> l.startsWith("SUMMARY ")).findFirst().ifPresent(l -> {
            for (String kv : l.substring(8).split(" ")) {
                String[] p = kv.split("=");
                if (p.length == 2 && !p[0].equals("records")) {
                    m.put(p[0], Double.parseDouble(p[1]));
                }
            }
        });
        return m;
    }
}
