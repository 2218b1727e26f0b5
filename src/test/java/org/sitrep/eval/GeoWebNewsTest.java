package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The geoparser on the real GeoWebNews development set (read from ../shared): issue 3's first bar. */
class GeoWebNewsTest {
    static final double MIN_RECALL = 0.856;
    static final double MIN_ACCURACY_OF_FOUND = 0.941; // floors of today's 0.85621 and 0.94125

    @Test
    void accuracyAt161Km() {
        var articles = GeoScorer.readGeoWebNews(TestEngine.shared().resolve("data/geowebnews/GWN.xml"));
        assertTrue(articles.size() >= 200, "GeoWebNews has 200 articles, read " + articles.size());
        GeoScorer.Result r = GeoScorer.score(articles, TestEngine.extractor()::geoparse);
        assertTrue(r.recall() >= MIN_RECALL, () -> "recall@161km " + r.recall() + " " + r);
        assertTrue(r.accuracyOfFound() >= MIN_ACCURACY_OF_FOUND, () -> "accuracy of found " + r.accuracyOfFound() + " " + r);
    }
}
