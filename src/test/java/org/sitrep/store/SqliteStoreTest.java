package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

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

    @Override
    JdbcEventStore openAgain() {
        return JdbcEventStore.open(dir.resolve("sitrep.db").toString(), CLOCK);
    }

    @Override
    String emptyDatabase() {
        return "jdbc:sqlite:" + dir.resolve("older.db");
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

    /** A store written by the first schema opens, migrates, and keeps its events, text search and fusion. */
    @Test
    void aVersionOneStoreIsMigrated() throws SQLException, IOException {
        store.close();
        Path db = dir.resolve("v1.db");
        LocalDate day = LocalDate.of(2021, 3, 10);
        Event old = Synthetic.event("old", 0, day, 35.54, 36.56, "Hayat Tahrir al-Sham");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            Schema.migrate(c, Dialect.SQLITE, db.toString(), 1);
            // rows as the first schema's writer left them: the record in both tables, texts copied into FTS
            String record = EventRecords.toStoredJson(old).toString();
            st.execute("INSERT INTO articles (id, article_key, content_hash, article_id, title, ingested_at, text) VALUES"
                    + " (1, 'sha256:00', '00', 'old', 'Old report', '2021-03-11T00:00:00Z', 'Old report of the Kafr Nabl clash.')");
            st.execute("INSERT INTO events (id, event_key, event_date, event_type, sub_event_type, country, admin1, admin2,"
                    + " latitude, longitude, actors, sources, certainty, fatalities, corroboration, notes, search_text, record)"
                    + " VALUES (1, '0123456789abcdef', '2021-03-10', 'Battles', 'Armed clash', 'Syria', 'Idlib', '', 35.54,"
                    + " 36.56, 'Hayat Tahrir al-Sham', 'Wire', 'reported', 1, 1, 'Clash in Place old.', 'Fighting in Place old.', '"
                    + record.replace("\"old-0\"", "\"0123456789abcdef\"") + "')");
            st.execute("INSERT INTO reports (report_key, article_ref, event_ref, party, event_date, event_type, latitude,"
                    + " longitude, record) VALUES ('0123456789abcdef', 1, 1, 0, '2021-03-10', 'Battles', 35.54, 36.56, '"
                    + record + "')");
            st.execute("INSERT INTO events_rtree VALUES (1, 35.54, 35.54, 36.56, 36.56, " + day.toEpochDay() + ", "
                    + day.toEpochDay() + ")");
            st.execute("INSERT INTO events_fts (rowid, notes, text) VALUES (1, 'Clash in Place old.', 'Fighting in Place old.')");
            st.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (1, 'Old report', 'Old report of the Kafr Nabl clash.')");
        }
        store = JdbcEventStore.open(db.toString(), CLOCK);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT value FROM sitrep_meta WHERE key = 'schema_version'")) {
            rs.next();
            assertEquals(String.valueOf(Schema.VERSION), rs.getString(1));
        }
        StoredEvent e = store.event("0123456789abcdef").orElseThrow();
        assertEquals("0123456789abcdef", e.fused().eventId());
        assertEquals(1, store.events(q(null, null, null, null, null, null, null, "Kafr")).size(), "article text, re-indexed");
        assertEquals(1, store.events(q(null, null, null, null, null, null, null, "fighting")).size(), "evidence, re-indexed");
        assertEquals(1, store.mapPoints(q(day, day, new double[] {36, 35, 37, 36}, null, null, null, null, null)).size());
        EventStore.Outcome o = store.store(new Article("new", "Fighting at Kafr Nabl.", day, "Agency", null, "en"),
                List.of(Synthetic.event("new", 0, day, 35.55, 36.57, "Hayat Tahrir al-Sham")));
        assertEquals(1, o.fusedInto(), "a new report fuses with the migrated incident");
        assertEquals(2, store.event("0123456789abcdef").orElseThrow().reports().size());
    }

    private int pageCount() throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sitrep.db")); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getInt(1) + 8;
        }
    }
}
