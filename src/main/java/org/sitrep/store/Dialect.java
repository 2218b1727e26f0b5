package org.sitrep.store;

import java.util.List;

/**
 * What differs between the backends: key columns, number types, text search and the spatial index.
 * The column schema itself is one ({@link Schema}).
 */
public enum Dialect {
    SQLITE("INTEGER PRIMARY KEY", "REAL"),
    POSTGRES("BIGSERIAL PRIMARY KEY", "DOUBLE PRECISION");

    final String serialKey;
    final String real;

    Dialect(String serialKey, String real) {
        this.serialKey = serialKey;
        this.real = real;
    }

    /** Indexes and side tables beyond the shared columns, as schema version {@code version} changes them. */
    List<String> extras(int version) {
        if (version == 2) {
            return switch (this) {
                // contentless: the text lives in events and articles already; a copy inside the index
                // doubled what every insert wrote (`sitrep bench store`); events are rewritten when reports fuse, so
                // their index keeps deletion by rowid
                case SQLITE -> List.of("DROP TABLE IF EXISTS events_fts", "DROP TABLE IF EXISTS articles_fts",
                        "CREATE VIRTUAL TABLE events_fts USING fts5(notes, text, content='', contentless_delete=1)",
                        // articles are never deleted: no delete support to pay for
                        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='')",
                        "INSERT INTO events_fts (rowid, notes, text) SELECT id, notes, search_text FROM events",
                        "INSERT INTO articles_fts (rowid, title, text) SELECT id, coalesce(title, ''), text FROM articles");
                case POSTGRES -> List.of();
            };
        }
        return switch (this) {
            case SQLITE -> List.of(
                    // time is the third dimension: fusion asks for a box over a few days, the map for a box over a range
                    "CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon, min_day, max_day)",
                    "CREATE VIRTUAL TABLE events_fts USING fts5(notes, text)",
                    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text)");
            case POSTGRES -> List.of(
                    "CREATE INDEX events_lat_lon ON events (latitude, longitude)",
                    "CREATE INDEX events_type_date_lat ON events (event_type, event_date, latitude)",
                    "CREATE INDEX events_text ON events USING GIN (to_tsvector('english', notes || ' ' || search_text))",
                    "CREATE INDEX articles_text ON articles USING GIN (to_tsvector('english', text))");
        };
    }
}
