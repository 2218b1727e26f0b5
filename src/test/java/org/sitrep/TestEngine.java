package org.sitrep;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.TypeClassifier;
import org.sitrep.extract.TypeMode;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.geo.MemoryGazetteer;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;

/** One gazetteer and extractor for the whole test run: loading them takes seconds. */
public final class TestEngine {
    private static MemoryGazetteer gazetteer;
    private static Extractor extractor;

    private TestEngine() {
    }

    public static synchronized MemoryGazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = MemoryGazetteer.load(null);
        }
        return gazetteer;
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(Lexicon.bundled(), new CoreNlpAnalyzer(), gazetteer(),
                    TypeClassifier.bundled(new MiniLmEmbedder()), TypeMode.BOTH);
        }
        return extractor;
    }

    /** ../shared beside the project (present in CI); tests that read real reports need it. */
    public static Path shared() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("../shared is missing: the real-report tests read it from beside the project");
        }
        return p;
    }
}
