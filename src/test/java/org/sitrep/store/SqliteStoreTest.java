package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    EventStore open() {
        return JdbcEventStore.open(dir.resolve("sitrep.db").toString(), CLOCK);
    }

    @Test
    void aFileThatIsNotADatabaseIsLeftUntouched() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my field notes, not a database\n");
        byte[] before = Files.readAllBytes(notes);
        var e = assertThrows(StoreException.class, () -> JdbcEventStore.open(notes.toString(), CLOCK));
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(notes));
    }

    @Test
    void anotherApplicationsDatabaseIsLeftUntouched() throws SQLException, IOException {
        Path other = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other); var st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);
        var e = assertThrows(StoreException.class, () -> JdbcEventStore.open(other.toString(), CLOCK));
        assertTrue(e.getMessage().contains("not a Sitrep store"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void aNewerSchemaIsRefused() throws SQLException {
        store.close();
        Path db = dir.resolve("sitrep.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("UPDATE sitrep_meta SET value = '99' WHERE key = 'schema_version'");
        }
        var e = assertThrows(StoreException.class, () -> JdbcEventStore.open(db.toString(), CLOCK));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT value FROM sitrep_meta WHERE key = 'schema_version'")) {
            rs.next();
            assertTrue(rs.getString(1).equals("99"), "the refused store keeps its version");
            st.execute("UPDATE sitrep_meta SET value = '" + Schema.VERSION + "' WHERE key = 'schema_version'");
        }
        store = open();
    }

    @Test
    void aFullDiskStoresNoHalfArticle() throws SQLException {
        ingest(article("first", "Enab Baladi", MONITOR));
        long[] before = store.counts();
        ((JdbcEventStore) store).capPages(pageCount());
        StringBuilder big = new StringBuilder(PROTEST);
        for (int i = 0; i < 4000; i++) {
            big.append(" Residents said the protest went on peacefully as night fell on the town, report ").append(i).append('.');
        }
        var e = assertThrows(StoreException.class, () -> ingest(article("big", "Enab Baladi", big.toString())));
        assertTrue(e.getMessage().startsWith("disk full while storing article big"), e.getMessage());
        long[] after = store.counts();
        assertArrayEquals(before, after, "nothing of the article that did not fit was kept");
        ((JdbcEventStore) store).capPages(1_073_741_823); // space again: the store goes on
        ingest(article("small", "Enab Baladi", "Two soldiers were killed in Saraqib on Monday."));
        assertEquals(before[0] + 1, store.counts()[0]);
    }

    private int pageCount() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db")); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getInt(1) + 8;
        }
    }
}
