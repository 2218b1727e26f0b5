package org.sitrep;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * .ci/run stops the PostgreSQL server .ci/postgres.sh started for it, however the run ends, and leaves
 * alone one that was running before. Runs the real scripts against a PostgreSQL of its own on a free
 * port (Maven replaced by a stand-in); skipped, saying why, where they cannot run (not root, no
 * PostgreSQL, or the run would install packages).
 */
class CiScriptTest {
    @TempDir
    Path tmp;

    private static void assumeScriptsCanRun() {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean pg = new File("/usr/lib/postgresql").isDirectory();
        boolean tools = List.of("/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/su").stream().allMatch(p -> new File(p).canExecute());
        Assumptions.assumeTrue(root && pg && tools, "the CI scripts need root, PostgreSQL and chromium installed "
                + "(they would install them): root " + root + ", PostgreSQL " + pg + ", tools " + tools);
    }

    private record Run(int code, String out) {
    }

    private static Run bash(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(args).directory(new File(".")).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the script finished: " + out);
        return new Run(p.exitValue(), out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theRunStopsTheServerItStartedAndOnlyThatOne() throws Exception {
        assumeScriptsCanRun();
        int port = freePort();
        String dir = "/tmp/sitrep-ci-test-" + port; // the postgres user must reach it: not under a private temp dir
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path seen = tmp.resolve("seen");
        // Maven's stand-in: records the database it was given, fails like a failing test run
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho \"$SITREP_TEST_PG\" > " + seen + "\nexit 3\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("SITREP_PG_PORT", String.valueOf(port), "SITREP_PG_DIR", dir,
                "PATH", bin + File.pathSeparator + System.getenv("PATH"));
        try {
            Run run = bash(env, "bash", ".ci/run");
            assertEquals(3, run.code(), "the run fails as its tests did: " + run.out());
            String url = Files.readString(seen).strip();
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/sitrep_test?user=postgres", url, run.out());
            assertFalse(listening(port), "the server the run started is stopped: " + run.out());

            // a server that was running before the run is left running
            Path record = tmp.resolve("started");
            Run start = bash(Map.of("SITREP_PG_PORT", String.valueOf(port), "SITREP_PG_DIR", dir, "SITREP_PG_STARTED",
                    record.toString()), "bash", ".ci/postgres.sh");
            assertEquals(0, start.code(), start.out());
            assertTrue(Files.readString(record).contains(dir + "/data"), "recorded as started by the script");
            try (var c = DriverManager.getConnection(url)) {
                assertTrue(c.isValid(5));
            }
            Run again = bash(env, "bash", ".ci/run");
            assertEquals(3, again.code(), again.out());
            assertTrue(listening(port), "a server the run did not start keeps running: " + again.out());
            assertEquals(0, bash(Map.of(), "bash", ".ci/postgres.sh", "stop", record.toString()).code());
            assertFalse(listening(port), "stopped through its record");
        } finally {
            if (listening(port)) {
                bash(Map.of(), "su", "postgres", "-c", "pg_ctl_dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); "
                        + "$pg_ctl_dir/pg_ctl -D " + dir + "/data -m immediate -w stop");
            }
            bash(Map.of(), "rm", "-rf", dir);
        }
    }
}
