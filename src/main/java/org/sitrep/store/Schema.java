package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one column schema, as versioned migrations. A database is a Sitrep store when it has the
 * {@code sitrep_meta} table with {@code application = sitrep}; its {@code schema_version} says which
 * migrations ran. A newer version than this build knows is refused, never downgraded.
 */
final class Schema {
    static final int VERSION = 3;
    static final String APPLICATION = "sitrep";

    private Schema() {
    }

    static List<String> migration(int version, Dialect d) {
        return switch (version) {
            case 1 -> version1(d);
            // the map and fusion find events by place and day (R*Tree, or PostgreSQL's type-date-latitude
            // index), so the type-and-date index only cost every insert a random B-tree write (`sitrep bench store`)
            case 2 -> concat(List.of("DROP INDEX IF EXISTS events_type_date", "ALTER TABLE articles ADD COLUMN byline TEXT"),
                    d.extras(2));
            // why each report joined its incident (Fusion's decision, JSON; null for the report that founded it
            // and for one split off), and the version of a page an article re-publishes
            case 3 -> List.of("ALTER TABLE reports ADD COLUMN joined TEXT",
                    "ALTER TABLE articles ADD COLUMN previous_ref BIGINT REFERENCES articles (id)");
            default -> throw new IllegalArgumentException("no migration to schema version " + version);
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> version1(Dialect d) {
        List<String> sql = new ArrayList<>(List.of(
                "CREATE TABLE sitrep_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "CREATE TABLE articles (id " + d.serialKey + ", article_key TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,"
                        + " article_id TEXT NOT NULL, title TEXT, source TEXT, url TEXT, published TEXT, language TEXT,"
                        + " ingested_at TEXT NOT NULL, text TEXT NOT NULL)",
                "CREATE UNIQUE INDEX articles_hash ON articles (content_hash)",
                "CREATE INDEX articles_url ON articles (url)",
                "CREATE TABLE events (id " + d.serialKey + ", event_key TEXT NOT NULL UNIQUE, event_date TEXT,"
                        + " event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, country TEXT, admin1 TEXT, admin2 TEXT,"
                        + " latitude " + d.real + ", longitude " + d.real + ", actors TEXT NOT NULL, sources TEXT NOT NULL,"
                        + " certainty TEXT NOT NULL, fatalities INTEGER NOT NULL, injuries INTEGER, captured INTEGER,"
                        + " corroboration INTEGER NOT NULL, pinned INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL,"
                        + " search_text TEXT NOT NULL, record TEXT NOT NULL)",
                "CREATE INDEX events_date ON events (event_date)",
                "CREATE INDEX events_type_date ON events (event_type, event_date)",
                "CREATE INDEX events_country ON events (country, admin1)",
                "CREATE INDEX events_admin2 ON events (admin2, country)",
                // report_key is a stable hash, unique by construction (one article is stored once); no index keeps it
                "CREATE TABLE reports (id " + d.serialKey + ", report_key TEXT NOT NULL,"
                        + " article_ref BIGINT NOT NULL REFERENCES articles (id), event_ref BIGINT NOT NULL REFERENCES events (id),"
                        + " party INTEGER NOT NULL, event_date TEXT, event_type TEXT NOT NULL,"
                        + " latitude " + d.real + ", longitude " + d.real + ", record TEXT NOT NULL)",
                "CREATE INDEX reports_event ON reports (event_ref)",
                "CREATE INDEX reports_article ON reports (article_ref)",
                "CREATE TABLE splits (report_key TEXT PRIMARY KEY, created_at TEXT NOT NULL)"));
        sql.addAll(d.extras(1));
        sql.add("INSERT INTO sitrep_meta (key, value) VALUES ('application', '" + APPLICATION + "')");
        return sql;
    }

    /** Refuses a database that is not Sitrep's or is newer, without writing to it; returns its version. */
    static int check(Connection c, Dialect d, String name) throws SQLException {
        boolean hasMeta = tableExists(c, d, "sitrep_meta");
        int current = 0;
        if (hasMeta) {
            String app = meta(c, "application");
            if (!APPLICATION.equals(app)) {
                throw new StoreException(name + " is not a Sitrep store (its sitrep_meta names '" + app + "'); left untouched");
            }
            String v = meta(c, "schema_version");
            current = v == null ? 0 : Integer.parseInt(v);
            if (current > VERSION) {
                throw new StoreException(name + " has schema version " + current + ", newer than this Sitrep knows ("
                        + VERSION + "); upgrade Sitrep, the store is left untouched");
            }
        } else if (hasAnyTable(c, d)) {
            throw new StoreException(name + " is a database, but not a Sitrep store; left untouched");
        }
        return current;
    }

    /** Brings a database to {@link #VERSION}, refusing one that is not Sitrep's or is newer. */
    static void migrate(Connection c, Dialect d, String name) throws SQLException {
        migrate(c, d, name, VERSION);
    }

    /** Brings a database to {@code target} (tests build older stores with it). */
    static void migrate(Connection c, Dialect d, String name, int target) throws SQLException {
        int current = check(c, d, name);
        for (int v = current + 1; v <= target; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : migration(v, d)) {
                    st.execute(sql);
                }
                st.execute(v == 1 ? "INSERT INTO sitrep_meta (key, value) VALUES ('schema_version', '1')"
                        : "UPDATE sitrep_meta SET value = '" + v + "' WHERE key = 'schema_version'");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** The PostGIS point column and its index (see {@link #postgis}). */
    static final String GEOMETRY = "geom";

    /**
     * PostGIS when the server has it: a point computed from latitude and longitude (so that no writer
     * changes) under a GiST index, which the bounding-box filters then use. Done at every open rather
     * than as a numbered migration, because PostGIS may be installed after the store was made.
     * Returns what the store indexes coordinates with, for the operator to see.
     */
    static String postgis(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = 'events' AND column_name = ?")) {
            ps.setString(1, GEOMETRY);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return POSTGIS;
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")) {
            if (!rs.next()) {
                return "B-tree on latitude and longitude (PostGIS is not installed on this server)";
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            st.execute("ALTER TABLE events ADD COLUMN " + GEOMETRY + " geometry(Point, 4326) GENERATED ALWAYS AS"
                    + " (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED");
            st.execute("CREATE INDEX events_geom ON events USING GIST (" + GEOMETRY + ")");
            c.commit();
            return POSTGIS;
        } catch (SQLException e) {
            c.rollback();
            if ("42501".equals(e.getSQLState())) { // insufficient privilege: the store works, without PostGIS
                return "B-tree on latitude and longitude (PostGIS is installed, but this role may not create the"
                        + " extension: " + e.getMessage().replaceAll("\\s+", " ") + ")";
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static final String POSTGIS = "PostGIS GiST index on a point column";

    private static String meta(Connection c, String key) throws SQLException {
        try (var ps = c.prepareStatement("SELECT value FROM sitrep_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean tableExists(Connection c, Dialect d, String table) throws SQLException {
        String sql = d == Dialect.SQLITE ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                : "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?";
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean hasAnyTable(Connection c, Dialect d) throws SQLException {
        String sql = d == Dialect.SQLITE ? "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1"
                : "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() LIMIT 1";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }
}
