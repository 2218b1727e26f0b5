package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.JdbcEventStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real ingest process killed with SIGKILL mid-run loses nothing it committed, and the rerun
 * completes the store with no duplicates: the same counts as one clean run. On SQLite and PostgreSQL.
 */
class KillTest {
    static final int REPORTS = 1200;

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        String db = dir.resolve("killed.db").toString();
        killThenFinish(db, "jdbc:sqlite:" + db, dir.resolve("clean.db").toString());
    }

    @Test
    void postgres() throws Exception {
        String url = org.sitrep.store.PostgresStoreTest.url();
        org.sitrep.store.PostgresStoreTest.reset(url);
        killThenFinish(url, url, dir.resolve("clean.db").toString());
    }

    private void killThenFinish(String db, String jdbc, String cleanDb) throws Exception {
        Path jsonl = Files.write(dir.resolve("reports.jsonl"), Reports.jsonl(REPORTS, 11));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "ingest", "--db", db, jsonl.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        long seen = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            seen = articles(jdbc);
            if (seen > 0) {
                break;
            }
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "the ingest ended before it could be killed: " + Files.readString(dir.resolve("killed.log")));
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no flush
        p.waitFor();
        long afterKill = articles(jdbc);
        assertTrue(afterKill >= seen && afterKill < REPORTS, "committed before the kill: " + seen + ", after: " + afterKill);

        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("ingest", "--db", db, jsonl.toString()), err.toString());
            assertTrue(err.toString().contains((REPORTS - afterKill) + " articles stored, " + afterKill + " already known"),
                    err.toString());
            assertEquals(0, Main.run("ingest", "--db", cleanDb, jsonl.toString()), err.toString());
        } finally {
            System.setErr(oldErr);
        }
        long[] resumed = counts(db), clean = counts(cleanDb);
        assertEquals(REPORTS, resumed[0]);
        assertEquals(List.of(clean[0], clean[1], clean[2]), List.of(resumed[0], resumed[1], resumed[2]),
                "articles, reports and events as after one clean run");
    }

    private static long articles(String jdbc) {
        try (var c = DriverManager.getConnection(jdbc); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // not created yet
        }
    }

    private static long[] counts(String db) throws IOException {
        try (JdbcEventStore s = JdbcEventStore.open(db, Clock.systemUTC())) {
            return s.counts();
        }
    }
}
