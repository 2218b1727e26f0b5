package org.sitrep.store;

import org.sitrep.model.Event;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store on a PostgreSQL server: writers take turns under an advisory lock and count their
 * transactions in sitrep_meta; coordinates under PostGIS when the server has it, text under GIN indexes
 * that follow the rows.
 */
final class PostgresBackend implements Backend {
    /** Any number for PostgreSQL's advisory lock that serialises Sitrep's writers on one database. */
    private static final long WRITER_LOCK = 0x5172e9L;

    private final StoreConnection db;
    private final String url;
    private final String spatial;
    private final boolean postgis;

    private PostgresBackend(StoreConnection db, String url, String spatial) {
        this.db = db;
        this.url = url;
        this.spatial = spatial;
        this.postgis = spatial.equals(Schema.POSTGIS);
    }

    /** {@code jdbc:postgresql://...}; the password never shows in a message. */
    static <T> T open(String url, Opening<T> then) {
        String name = redact(url);
        try {
            Connection c = DriverManager.getConnection(url);
            Schema.migrate(c, Dialect.POSTGRES, name);
            String spatial = Schema.postgis(c);
            StoreConnection db = new StoreConnection(c, name);
            return then.start(db, new PostgresBackend(db, url, spatial));
        } catch (SQLException e) {
            throw new StoreException("cannot open PostgreSQL store " + name + ": " + StoreConnection.oneLine(e), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    public String spatial() {
        return spatial;
    }

    /** PostgreSQL has no data_version: the writers count their transactions in sitrep_meta instead. */
    @Override
    public WriteCount lockForWrite() throws SQLException {
        Connection c = db.connection();
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("INSERT INTO sitrep_meta (key, value)"
                + " VALUES ('write_transactions', '1') ON CONFLICT (key) DO UPDATE"
                + " SET value = (sitrep_meta.value::bigint + 1)::text RETURNING value")) {
            rs.next();
            long v = Long.parseLong(rs.getString(1));
            return new WriteCount(v - 1, v); // this transaction's own count
        }
    }

    @Override
    public void afterBatch(IdRun events, IdRun articles, long nextEventId) throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            // ids are assigned here (one writer): keep the sequence ahead of them for any other insert
            st.execute("SELECT setval(pg_get_serial_sequence('events', 'id'), greatest(" + (nextEventId - 1)
                    + ", (SELECT coalesce(max(id), 1) FROM events)))");
        }
    }

    /** Nothing to do: PostgreSQL's indexes follow the rewritten row. */
    @Override
    public void reindex(long eventRef, Event fused, String search) {
    }

    @Override
    public void boxFilter(EventQuery q, StringBuilder sql, List<Object> p) {
        double[] b = q.bbox();
        if (postgis) {
            sql.append(" AND e." + Schema.GEOMETRY + " && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            p.addAll(List.of(b[0], b[1], b[2], b[3]));
        } else {
            sql.append(" AND e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?");
            p.add(b[0]);
            p.add(b[2]);
            p.add(b[1]);
            p.add(b[3]);
        }
    }

    @Override
    public void textFilter(String text, StringBuilder sql, List<Object> p) {
        sql.append(" AND (to_tsvector('english', e.notes || ' ' || e.search_text) @@ plainto_tsquery('english', ?)"
                + " OR e.id IN (SELECT r.event_ref FROM reports r JOIN articles a ON a.id = r.article_ref"
                + " WHERE to_tsvector('english', a.text) @@ plainto_tsquery('english', ?)))");
        p.add(text);
        p.add(text);
    }

    /** A read-only transaction, so that a query's rows come through a cursor (fetch size) rather than all at once. */
    @Override
    public Connection openReader() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        c.setReadOnly(true);
        return c;
    }

    @Override
    public String insertSplit() {
        return "INSERT INTO splits (report_key, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING";
    }
}
