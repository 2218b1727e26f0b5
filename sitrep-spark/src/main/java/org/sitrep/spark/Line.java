package org.sitrep.spark;

import org.sitrep.cli.Engine;
import org.sitrep.extract.Extractor;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extraction line of this JVM. An executor runs many tasks, and each would otherwise load the gazetteer,
 * the lexicon and the embedding model anew (about 2 s and 300 MB each): the first task to ask builds the line
 * and the others wait for it, then all share it ({@link Extractor} is thread-safe).
 */
final class Line {
    private static final Map<String, Extractor> LINES = new ConcurrentHashMap<>();

    private Line() {
    }

    static Extractor of(JobSettings s) {
        // one line per data directory and typing mode; a job has one of each, tests may have two
        return LINES.computeIfAbsent(s.data() + "|" + s.types(), k -> Engine.extractor(Path.of(s.data()), s.types()));
    }
}
