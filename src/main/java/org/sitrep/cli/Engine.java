package org.sitrep.cli;

import org.sitrep.extract.Extractor;
import org.sitrep.extract.TypeClassifier;
import org.sitrep.extract.TypeMode;
import org.sitrep.nlp.MiniLmEmbedder;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.geo.MemoryGazetteer;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.nio.file.Path;

/**
 * Builds the extraction stack once per process: gazetteer, lexicon, tokenizer. Public for the Spark module
 * ({@code sitrep-spark}), whose executors must build the very line {@code sitrep extract} runs.
 */
public final class Engine {
    private Engine() {
    }

    public static Path dataDir(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("SITREP_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "sitrep-data");
    }

    static MemoryGazetteer gazetteer(Path data) {
        return MemoryGazetteer.load(data.resolve("gazetteer"));
    }

    static Extractor extractor(Path data) {
        return extractor(data, TypeMode.BOTH);
    }

    /** The extractor typing by {@code mode}, alone on the machine; see {@link #extractor(Path, LineOptions)}. */
    public static Extractor extractor(Path data, TypeMode mode) {
        return extractor(data, LineOptions.alone(mode));
    }

    /** The extractor built as {@code options} say; the classifier's embedding model loads only when the mode needs it. */
    public static Extractor extractor(Path data, LineOptions options) {
        // the embedding model (~1 s) loads on another core while the gazetteer and lexicon load here
        java.util.concurrent.CompletableFuture<TypeClassifier> classifier = options.types() == TypeMode.RULES
                ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> TypeClassifier.bundled(new MiniLmEmbedder(options.modelThreads())));
        Lexicon lexicon = Lexicon.load(data.resolve("lexicon"));
        MemoryGazetteer gazetteer = gazetteer(data);
        try {
            return new Extractor(lexicon, new CoreNlpAnalyzer(), gazetteer, classifier.join(), options.types());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
