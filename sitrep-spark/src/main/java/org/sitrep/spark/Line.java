package org.sitrep.spark;

import org.sitrep.cli.Engine;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;

import java.nio.file.Path;
import java.util.List;
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

    /**
     * Builds the line and runs it over a few bundled reports until {@code stop} says so (at most a few seconds):
     * on one machine this runs while Spark starts, so that the first tasks meet compiled code, not the
     * interpreter. Their events are thrown away.
     */
    static void warmUp(JobSettings s, java.util.function.BooleanSupplier stop) {
        Extractor line = of(s);
        List<String> reports = warmUpReports();
        java.time.LocalDate day = java.time.LocalDate.of(2019, 10, 29);
        for (int i = 0; i < 40 * reports.size() && !stop.getAsBoolean(); i++) {
            line.extract(new Article("warm-up-" + i, reports.get(i % reports.size()), day, null, null, "en"));
        }
    }

    private static List<String> warmUpReports() {
        String name = "/sitrep-spark/warmup.txt";
        try (java.io.InputStream in = Line.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the job jar");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^#.*\n", "");
            return java.util.Arrays.stream(text.split("\n---\n")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    static Extractor of(JobSettings s) {
        // one line per data directory and line options; a job has one of each, tests may have two
        return LINES.computeIfAbsent(s.data() + "|" + s.line(), k -> Engine.extractor(Path.of(s.data()), s.line()));
    }
}
