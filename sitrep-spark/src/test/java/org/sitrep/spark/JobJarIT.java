package org.sitrep.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.JsonlSink;
import org.sitrep.extract.TypeMode;
import org.sitrep.ingest.ArticleReader;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job jar as users run it, in a JVM of its own: the shaded jar (the core's Jackson relocated) beside
 * Spark's class path, as {@code ./sitrep archive} starts it and as {@code spark-submit} would take it, with
 * the executor heap capped at 1.5 GB. Its events are those of the core's line on the same articles.
 */
class JobJarIT {
    @Test
    void theJobJarRunsOnLocal2InAHeapOfOneAndAHalfGigabytes(@TempDir Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(Corpus.DEVSET)) {
            for (Path d : s.filter(Files::isDirectory).sorted().limit(8).toList()) {
                var o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("id", d.getFileName().toString())
                        .put("text", Files.readString(d.resolve("article.txt"))).put("published", "2019-10-29");
                lines.add(o.toString());
            }
        }
        Files.write(in, lines);
        Path data = dir.resolve("no-data");
        Path out = dir.resolve("out");
        Path mod = Path.of("").toAbsolutePath();
        String cp = mod.resolve("target/sitrep-spark.jar") + ":" + Files.readString(mod.resolve("target/spark.classpath")).strip();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1536m", "-Dspark.ui.enabled=false", "@" + mod.resolve("spark-jvm.args"),
                "-Dlog4j2.configurationFile=" + mod.resolve("log4j2.properties"),
                "-cp", cp, "org.sitrep.spark.ArchiveMain", "--master", "local[2]", "--input", in.toString(), "--output",
                out.toString(), "--format", "jsonl", "--data", data.toString()));
        Path log = dir.resolve("archive.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the job did not finish in 10 minutes");
        String said = Files.readString(log);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.matches("(?s).*sitrep archive: 8 articles, \\d+ events, 0 rejects, \\d+ incidents.*"), said);
        assertTrue(said.matches("(?s).*peak heap \\d+ MB of at most 1536 MB.*"), said);

        StringWriter w = new StringWriter();
        JsonlSink sink = new JsonlSink(w);
        var line = Line.of(new JobSettings(data.toAbsolutePath().toString(), TypeMode.BOTH, null, null,
                JobSettings.Format.JSONL, true, ArchiveJobTest.TODAY, 1));
        ArticleReader.jsonl(in, item -> line.extract(item.article(), ArchiveJobTest.TODAY).forEach(sink::write));
        List<String> got = ArchiveJobTest.lines(out.resolve("events"));
        assertEquals(new TreeSet<>(w.toString().lines().toList()), new TreeSet<>(got), said);
        assertTrue(new String(Files.readAllBytes(out.resolve("sitrep-archive.json")), StandardCharsets.UTF_8)
                .contains("\"articles\" : 8"));
    }
}
