package org.sitrep.store;

import org.sitrep.model.Event;

import java.sql.SQLException;
import java.util.List;

/**
 * What the store does differently on SQLite and on PostgreSQL: the write lock, the side indexes, the
 * spatial and text filters. Each implementation holds one database's details, so that the write path
 * and the queries are written once.
 */
interface Backend {
    /** Makes the store once the backend has opened and migrated the database; a failure is the open's. */
    interface Opening<T> {
        T start(StoreConnection db, Backend backend) throws SQLException;
    }

    /**
     * The store-wide write counter as a write transaction found it and as it leaves it. Another
     * connection wrote since this store last did when {@code found} differs from the {@code leaves} of
     * this store's previous write.
     */
    record WriteCount(long found, long leaves) {
    }

    Dialect dialect();

    /** What indexes coordinates: the R*Tree, PostGIS, or plain B-trees. */
    String spatial();

    /** Takes the store's write lock at the start of a write transaction and reads the write counter. */
    WriteCount lockForWrite() throws SQLException;

    /**
     * After a batch's rows are written, before the commit: whatever the database needs for the new
     * incidents and articles besides their rows ({@code nextEventId}: the first id not yet given out).
     */
    void afterBatch(IdRun events, IdRun articles, long nextEventId) throws SQLException;

    /**
     * An incident rewritten outside the batch that created it: its side index entries are replaced by
     * what its row says now ({@code fused}: its record; {@code search}: its evidence text).
     */
    void reindex(long eventRef, Event fused, String search) throws SQLException;

    /** Appends the bounding box filter of a query (with a box) and its parameters. */
    void boxFilter(EventQuery q, StringBuilder sql, List<Object> params);

    /** Appends the full-text filter for {@code text} and its parameters. */
    void textFilter(String text, StringBuilder sql, List<Object> params);

    /**
     * A new connection for reading only, which the caller closes: long reads (exports) run on it so that
     * they hold neither the store's lock nor its connection. SQLite's WAL lets it read while others write.
     */
    java.sql.Connection openReader() throws SQLException;

    /** Records a split report's key with its time, once however often it is split. */
    String insertSplit();
}
