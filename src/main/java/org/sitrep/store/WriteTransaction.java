package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * The store's write transactions: each holds the store's write lock (SQLite transactions begin
 * IMMEDIATE; PostgreSQL takes an advisory lock), and rolls back whole on any failure. Event ids are
 * given out here, since one writer at a time makes them.
 */
final class WriteTransaction {
    /** What a transaction does; the caller's commit follows when it returns. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private final StoreConnection db;
    private final Backend backend;
    private final NeighbourIndex neighbours;
    private long nextEventId;
    /**
     * The write counter (SQLite's data_version, or PostgreSQL's count of write transactions) when this
     * store last wrote: another connection's commit changes it.
     */
    private long dataVersion = Long.MIN_VALUE;

    WriteTransaction(StoreConnection db, Backend backend, NeighbourIndex neighbours) throws SQLException {
        this.db = db;
        this.backend = backend;
        this.neighbours = neighbours;
        readNextId();
    }

    /**
     * Runs {@code work} in one transaction and commits it. On a failure the transaction is rolled back,
     * then {@code afterRollback} runs; a SQLException is thrown as {@code failure} makes it.
     */
    <T> T run(Work<T> work, Runnable afterRollback, Function<SQLException, StoreException> failure) {
        Connection c = db.connection();
        try {
            c.setAutoCommit(false);
            begin();
            T out = work.run();
            c.commit();
            return out;
        } catch (SQLException e) {
            db.rollback();
            afterRollback.run();
            throw failure.apply(e);
        } catch (RuntimeException e) {
            db.rollback(); // never let autoCommit(true) below commit half a transaction
            afterRollback.run();
            throw e;
        } finally {
            db.autoCommit();
        }
    }

    /**
     * Takes the write lock: another process may have written since this store last did, so the next
     * event id is read again and the neighbour index dropped when it may be stale.
     */
    private void begin() throws SQLException {
        Backend.WriteCount count = backend.lockForWrite();
        boolean mine = count.found() == dataVersion;
        dataVersion = count.leaves();
        if (mine) {
            return; // nobody else wrote: what this store holds is current
        }
        neighbours.clear();
        readNextId();
    }

    private void readNextId() throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM events")) {
            rs.next();
            nextEventId = rs.getLong(1) + 1;
        }
    }

    /** After a failed batch: the next transaction reads the ids and the neighbours afresh. */
    void forget() {
        dataVersion = Long.MIN_VALUE;
    }

    /** The id the next new incident gets, taken. */
    long takeEventId() {
        return nextEventId++;
    }

    /** The first id not given out yet. */
    long nextEventId() {
        return nextEventId;
    }
}
