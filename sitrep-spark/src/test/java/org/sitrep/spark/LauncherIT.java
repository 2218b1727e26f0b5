package org.sitrep.spark;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./sitrep archive --master local[1]} as a user runs it: the launcher gives the whole JVM one core (its
 * compiler and collector threads sized for one, and on a Linux machine of several cores the process confined
 * to one), so that local[N] means N cores as an executor's N cores do.
 */
class LauncherIT {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();

    @Test
    void local1RunsTheWholeJvmOnOneCore(@TempDir Path dir) throws IOException, InterruptedException {
        Path jar = MODULE.resolve("target/sitrep-spark.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar) && upToDate(jar),
                "the launcher would rebuild the module first: run after 'package' (mvn verify does)");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"published\":\"2019-10-29\",\"text\":\"Turkish artillery shelled the village"
                + " of Tal Tamr in Hasakah province on Tuesday, killing two civilians, the Syrian Observatory said.\"}\n");
        Path log = dir.resolve("archive.log");
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("sitrep").toString(), "archive", "--master", "local[1]",
                "--input", in.toString(), "--output", dir.resolve("out").toString(), "--format", "jsonl", "--no-fusion",
                "--data", dir.resolve("no-data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SITREP_JAVA_OPTS", "-Xmx1g -Dspark.ui.enabled=false");
        pb.environment().remove("SITREP_ARCHIVE_CONFINE");
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the job did not finish in 10 minutes");
        String said = Files.readString(log);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("; 1 processor\n"), "the JVM sized for one core: " + said);
        int cores = Runtime.getRuntime().availableProcessors(); // this test's JVM: every core it may use
        if (cores > 1 && Files.isReadable(Path.of("/proc/self/status")) && onPath("taskset")) {
            assertTrue(said.contains("local[1] runs on 1 of " + cores + " cores"), "confined to one core: " + said);
        }
    }

    /** The launcher rebuilds when any source is newer than the job jar; inside a build that must not happen. */
    private static boolean upToDate(Path jar) throws IOException {
        long built = Files.getLastModifiedTime(jar).toMillis();
        for (Path p : List.of(ROOT.resolve("src/main"), ROOT.resolve("pom.xml"), MODULE.resolve("src/main"),
                MODULE.resolve("pom.xml"))) {
            try (Stream<Path> s = Files.walk(p)) {
                if (s.anyMatch(f -> f.toFile().lastModified() > built)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }
}
