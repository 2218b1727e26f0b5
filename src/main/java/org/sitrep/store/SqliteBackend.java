package org.sitrep.store;

import org.sitrep.model.Event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The store in an embedded SQLite file: WAL, IMMEDIATE write transactions, an R*Tree over place and
 * day, and contentless FTS5 indexes filled from the rows.
 */
final class SqliteBackend implements Backend {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Day numbers spanned by an undated event in the R*Tree: every date range then holds it. */
    private static final double NO_DAY_MIN = -1e6, NO_DAY_MAX = 1e6;
    /**
     * The side indexes of the incidents and articles a flush wrote, filled from their rows inside SQLite:
     * handing the same texts and numbers over JNI a second time cost more than the index inserts (`sitrep bench store`).
     */
    private static final String RTREE_FROM_ROWS = "INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon,"
            + " min_day, max_day) SELECT id, latitude, latitude, longitude, longitude,"
            + " coalesce(julianday(event_date) - 2440587.5, " + NO_DAY_MIN + "),"
            + " coalesce(julianday(event_date) - 2440587.5, " + NO_DAY_MAX + ")"
            + " FROM events WHERE id BETWEEN ? AND ? AND latitude IS NOT NULL";
    private static final String EVENT_FTS_FROM_ROWS = "INSERT INTO events_fts (rowid, notes, text)"
            + " SELECT id, notes, search_text FROM events WHERE id BETWEEN ? AND ?";
    private static final String ARTICLE_FTS_FROM_ROWS = "INSERT INTO articles_fts (rowid, title, text)"
            + " SELECT id, coalesce(title, ''), text FROM articles WHERE id BETWEEN ? AND ?";

    private final StoreConnection db;
    private final Path file;

    private SqliteBackend(StoreConnection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** {@code jdbc:sqlite:PATH} or a plain path; the file and its folder are made when missing. */
    static <T> T open(String target, Opening<T> then) {
        Path file = Path.of(target.startsWith("jdbc:sqlite:") ? target.substring("jdbc:sqlite:".length()) : target);
        checkFile(file);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Properties props = new Properties();
            // a write transaction takes the lock when it begins, so that what it reads first is still true
            // when it writes (two processes may share a store)
            props.setProperty("transaction_mode", "IMMEDIATE");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
            Schema.check(c, Dialect.SQLITE, file.toString()); // before any pragma writes to the file
            try (Statement st = c.createStatement()) {
                // takes effect on a new file only: 8 KiB pages hold several records each and halve the
                // pages a commit writes (`sitrep bench store`: 21,600 against 19,600 events/s with 4 KiB)
                st.execute("PRAGMA page_size=8192");
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL"); // WAL + NORMAL: a killed process loses no commit
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=10000");
                // a bigger page cache and rarer checkpoints: bulk loads stop paying for page reads (`sitrep bench store`)
                st.execute("PRAGMA cache_size=-262144");
                st.execute("PRAGMA mmap_size=4294967296");
                st.execute("PRAGMA wal_autocheckpoint=20000");
                st.execute("PRAGMA temp_store=MEMORY");
            }
            Schema.migrate(c, Dialect.SQLITE, file.toString());
            StoreConnection db = new StoreConnection(c, file.toString());
            return then.start(db, new SqliteBackend(db, file));
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + StoreConnection.oneLine(e), e);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file that is not SQLite is never opened as a store, let alone overwritten. */
    private static void checkFile(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            if (Files.isDirectory(file)) {
                throw new StoreException(file + " is a directory, not a Sitrep store");
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(file + " is not a SQLite database, so not a Sitrep store; left untouched");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String spatial() {
        return "R*Tree over latitude, longitude and day";
    }

    /**
     * The transaction began IMMEDIATE, so it holds the lock already; data_version changes when another
     * connection commits, never for this one's own commits.
     */
    @Override
    public WriteCount lockForWrite() throws SQLException {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            long v = rs.getLong(1);
            return new WriteCount(v, v);
        }
    }

    /** Fills the R*Tree and the text indexes of the batch's new rows once: nothing reads them inside the transaction. */
    @Override
    public void afterBatch(IdRun events, IdRun articles, long nextEventId) throws SQLException {
        if (!events.isEmpty()) {
            fillFromRows(RTREE_FROM_ROWS, events);
            fillFromRows(EVENT_FTS_FROM_ROWS, events);
        }
        if (!articles.isEmpty()) {
            fillFromRows(ARTICLE_FTS_FROM_ROWS, articles);
        }
    }

    private void fillFromRows(String sql, IdRun ids) throws SQLException {
        try (PreparedStatement ps = db.ps(sql)) {
            ps.setLong(1, ids.from());
            ps.setLong(2, ids.to());
            ps.executeUpdate();
        }
    }

    @Override
    public void reindex(long eventRef, Event f, String search) throws SQLException {
        try (PreparedStatement del = db.ps("DELETE FROM events_rtree WHERE id = ?");
             PreparedStatement delText = db.ps("DELETE FROM events_fts WHERE rowid = ?")) {
            del.setLong(1, eventRef);
            del.executeUpdate();
            delText.setLong(1, eventRef);
            delText.executeUpdate();
        }
        if (f.place() != null) {
            try (PreparedStatement ps = db.ps("INSERT INTO events_rtree VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                double[] days = days(f.date());
                ps.setLong(1, eventRef);
                ps.setDouble(2, f.place().latitude());
                ps.setDouble(3, f.place().latitude());
                ps.setDouble(4, f.place().longitude());
                ps.setDouble(5, f.place().longitude());
                ps.setDouble(6, days[0]);
                ps.setDouble(7, days[1]);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = db.ps("INSERT INTO events_fts (rowid, notes, text) VALUES (?, ?, ?)")) {
            ps.setLong(1, eventRef);
            ps.setString(2, f.notes());
            ps.setString(3, search);
            ps.executeUpdate();
        }
    }

    private static double[] days(LocalDate d) {
        return d == null ? new double[] {NO_DAY_MIN, NO_DAY_MAX} : new double[] {d.toEpochDay(), d.toEpochDay()};
    }

    @Override
    public void boxFilter(EventQuery q, StringBuilder sql, List<Object> p) {
        double[] b = q.bbox();
        sql.append(" AND e.id IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ?"
                + " AND max_lat <= ? AND max_day >= ? AND min_day <= ?)");
        p.add(b[0]);
        p.add(b[2]);
        p.add(b[1]);
        p.add(b[3]);
        // the dates narrow the R*Tree search too
        p.add(q.from() == null ? NO_DAY_MIN : (double) q.from().toEpochDay());
        p.add(q.to() == null ? NO_DAY_MAX : (double) q.to().toEpochDay());
    }

    @Override
    public void textFilter(String text, StringBuilder sql, List<Object> p) {
        // the event's notes and evidence, or the text of any article that reports it
        sql.append(" AND (e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) OR e.id IN"
                + " (SELECT r.event_ref FROM reports r WHERE r.article_ref IN"
                + " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))");
        p.add(ftsQuery(text));
        p.add(ftsQuery(text));
    }

    /** User words as FTS5 phrases, so that no character of the query is FTS syntax. */
    static String ftsQuery(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" "));
    }

    /** Read-only, on the WAL the store's own connection switched on: it sees every commit up to its read's start. */
    @Override
    public Connection openReader() throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    @Override
    public String insertSplit() {
        return "INSERT OR IGNORE INTO splits (report_key, created_at) VALUES (?, ?)";
    }
}
