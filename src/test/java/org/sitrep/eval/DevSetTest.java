package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.cli.EvalCommand;
import org.sitrep.ingest.Item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The development set written for this project (src/test/resources/devset: short reports covering all
 * 25 sub-event types and the codebook's tricky cases, each with gold events), scored as score_gold.py
 * scores. The bars sit below today's scores so that a regression fails the build.
 */
class DevSetTest {
    static final double MIN_RECALL = 0.95;
    static final double MIN_PRECISION = 0.90;
    static final double MIN_FIELD_ACCURACY = 0.95;
    static final int MIN_REPORTS = 40;

    @Test
    void scoresAboveTheBars() throws IOException {
        Path root = Path.of("src/test/resources/devset");
        List<Path> golds;
        try (Stream<Path> s = Files.walk(root)) {
            golds = s.filter(p -> p.getFileName().toString().equals("expected.jsonl")).sorted().toList();
        }
        assertTrue(golds.size() >= MIN_REPORTS, "the development set has " + golds.size() + " reports");
        GoldScorer.Score total = GoldScorer.Score.empty();
        for (Path g : golds) {
            Item item = EvalCommand.article(g.getParent());
            assertTrue(item.problem() == null, () -> String.valueOf(item.problem()));
            total = total.plus(EvalCommand.score(TestEngine.extractor(), item.article(), g));
        }
        GoldScorer.Score t = total;
        String report = String.join("\n", t.report());
        assertTrue(t.recall() >= MIN_RECALL, () -> "recall " + t.recall() + "\n" + report);
        assertTrue(t.precision() >= MIN_PRECISION, () -> "precision " + t.precision() + "\n" + report);
        assertTrue(t.fieldAccuracy() >= MIN_FIELD_ACCURACY, () -> "field accuracy " + t.fieldAccuracy() + "\n" + report);
    }
}
