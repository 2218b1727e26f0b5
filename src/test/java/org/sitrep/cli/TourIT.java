package org.sitrep.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's tour, command by command, as a reader runs it: each {@code ./sitrep} line of its shell
 * blocks through bash and the launcher, on the jar the build just packaged, in a working directory that
 * holds the repository's files (linked) and nothing else, with a fresh data directory. Every file a
 * command names must be tracked by git, so a fresh clone has it. {@code EVENT_ID} is filled with the id
 * of a stored event, as a reader copies it from {@code sitrep events}.
 */
class TourIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** A path of the repository that a command names: examples/..., src/... */
    private static final Pattern REPO_PATH = Pattern.compile("(?<=\\s)((?:examples|src|scripts)/[^\\s'\"]*)");

    @TempDir
    Path work;

    static List<String> tourCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String tour = readme.substring(readme.indexOf("## A short tour"), readme.indexOf("### The analysts' window"));
        List<String> out = new ArrayList<>();
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(tour);
        while (block.find()) {
            for (String line : block.group(1).split("\\n")) {
                if (line.startsWith("./sitrep")) {
                    out.add(line.replaceAll("\\s+#.*$", "").strip());
                }
            }
        }
        return out;
    }

    @Test
    void everyTourCommandRunsOnTheRepositorysFiles() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ROOT.resolve("target/sitrep.jar")),
                "the tour runs on the packaged jar (mvn verify packages it before the integration tests)");
        List<String> commands = tourCommands();
        assertTrue(commands.size() >= 14, "the tour's commands: " + commands);
        Set<String> tracked = tracked();
        for (String c : commands) {
            Matcher m = REPO_PATH.matcher(c);
            while (m.find()) {
                String path = m.group(1).replaceAll("/$", "");
                assertTrue(tracked.stream().anyMatch(t -> t.equals(path) || t.startsWith(path + "/")),
                        "'" + c + "' names " + path + ", which a fresh clone lacks");
            }
        }
        // the repository's files, linked; the launcher and pom copied with their times, so the jar is up to date
        for (String d : new String[] {"examples", "src", "target", "scripts"}) {
            Files.createSymbolicLink(work.resolve(d), ROOT.resolve(d));
        }
        Files.copy(ROOT.resolve("sitrep"), work.resolve("sitrep"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(ROOT.resolve("pom.xml"), work.resolve("pom.xml"), StandardCopyOption.COPY_ATTRIBUTES);
        String eventId = null;
        for (String c : commands) {
            if (c.contains("EVENT_ID")) {
                if (eventId == null) {
                    String first = run("./sitrep events --format jsonl --limit 1").lines().findFirst().orElseThrow();
                    eventId = first.replaceAll(".*\"event_id\":\"([^\"]+)\".*", "$1");
                }
                c = c.replace("EVENT_ID", eventId);
            }
            run(c);
        }
        String csv = Files.readString(work.resolve("events.csv"));
        assertTrue(csv.startsWith("event_id_cnty,event_date,year,time_precision,disorder_type"), csv);
        assertTrue(Files.readString(work.resolve("events-classic.csv")).startsWith("data_id,iso,event_id_cnty"));
        assertTrue(Files.readString(work.resolve("syria.csv")).contains(",Syria,"), "the export holds Syria's events");
        String table = run("./sitrep events --format table");
        assertTrue(table.startsWith("DATE") && table.contains("Maiduguri"), "the imported CSV's events: " + table);
    }

    /** Runs one line in bash in the working directory; its standard output, or a failure with both outputs. */
    private String run(String line) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt"), err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -euo pipefail; " + line).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SITREP_DATA", work.resolve("sitrep-data").toString());
        pb.environment().put("SITREP_JAVA_OPTS", "-Xmx1g");
        Process p = pb.start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(done, "'" + line + "' did not finish in 5 minutes: " + stderr);
        assertEquals(0, p.exitValue(), "'" + line + "' failed:\n" + stderr);
        assertFalse(stderr.contains("Exception"), "'" + line + "' printed a stack trace:\n" + stderr);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The repository's tracked files; without git (an exported tree), every file that exists. */
    private static Set<String> tracked() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("git", "ls-files").directory(ROOT.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) {
                return out.lines().collect(Collectors.toSet());
            }
        } catch (IOException e) {
            // no git on this machine: fall through
        }
        Set<String> all = new java.util.HashSet<>();
        for (String d : new String[] {"examples", "src", "scripts"}) {
            try (var s = Files.walk(ROOT.resolve(d))) {
                s.filter(Files::isRegularFile).forEach(x -> all.add(ROOT.relativize(x).toString()));
            }
        }
        return all;
    }
}
