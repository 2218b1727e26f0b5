package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store on JDBC: embedded SQLite (WAL, FTS5, R*Tree) or PostgreSQL, one column schema. Every
 * article is stored with its events in one transaction, so a crash or a full disk never leaves half an
 * article; a batch commits every article it holds at once. One writer per store at a time: every method
 * that touches the connection holds this object's lock.
 */
public final class JdbcEventStore implements EventStore {
    private final StoreConnection db;
    private final Backend backend;
    private final StoreWriter writer;
    private final Splitter splitter;
    private final EventReader reader;
    private final Clock clock;

    private JdbcEventStore(StoreConnection db, Backend backend, Clock clock) throws SQLException {
        this.db = db;
        this.clock = clock;
        this.backend = backend;
        // where stored incidents are: fusion's first look
        NeighbourIndex neighbours = new NeighbourIndex();
        WriteTransaction tx = new WriteTransaction(db, backend, neighbours);
        PendingBatch batch = new PendingBatch(db, backend, neighbours);
        FusedWrites fused = new FusedWrites(db, backend, batch, neighbours);
        this.writer = new StoreWriter(db, tx, batch, fused, neighbours, clock);
        this.splitter = new Splitter(db, backend, tx, fused, clock);
        this.reader = new EventReader(db, backend);
    }

    /** {@code jdbc:postgresql://...}, {@code jdbc:sqlite:PATH}, or a plain path to a SQLite file. */
    public static JdbcEventStore open(String target, Clock clock) {
        Backend.Opening<JdbcEventStore> start = (db, backend) -> new JdbcEventStore(db, backend, clock);
        return target.startsWith("jdbc:postgresql:") ? PostgresBackend.open(target, start) : SqliteBackend.open(target, start);
    }

    /**
     * Caps the SQLite file at {@code pages} pages: what a full disk looks like to the store. Tests use it
     * to prove that a full disk leaves no half-stored article.
     */
    void capPages(int pages) throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            st.execute("PRAGMA max_page_count=" + pages);
        }
    }

    public Dialect dialect() {
        return backend.dialect();
    }

    /** What this store indexes coordinates with (PostgreSQL uses PostGIS when the server has it). */
    public String spatialIndex() {
        return backend.spatial();
    }

    public static String contentHash(String text) {
        return PreparedArticle.contentHash(text);
    }

    /** User words as FTS5 phrases, so that no character of the query is FTS syntax. */
    static String ftsQuery(String text) {
        return SqliteBackend.ftsQuery(text);
    }

    /** One article and its extracted events. */
    public record Batch(Article article, List<Event> events) {
    }

    @Override
    public Outcome store(Article article, List<Event> events) {
        return storeAll(List.of(new Batch(article, events))).get(0);
    }

    /** Stores many articles in one transaction (bulk loads); each article is still all-or-nothing. */
    public synchronized List<Outcome> storeAll(List<Batch> batches) {
        return writer.storeAll(batches);
    }

    @Override
    public synchronized boolean seen(String url, String contentHash) {
        try {
            return writer.seen(url, contentHash);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    @Override
    public synchronized List<StoredEvent> events(EventQuery q) {
        return reader.events(q);
    }

    /** Not synchronized: it reads on a connection of its own, so the map and writers go on meanwhile. */
    @Override
    public void forEach(EventQuery q, boolean reports, java.util.function.Consumer<StoredEvent> each) {
        try (java.sql.Connection c = backend.openReader()) {
            try {
                new EventReader(new StoreConnection(c, db.name()), backend).forEach(q, reports, each);
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback(); // a read-only transaction: nothing to keep
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + db.name() + " on a read connection: " + StoreConnection.oneLine(e), e);
        }
    }

    @Override
    public synchronized long count(EventQuery q) {
        return reader.counts(q, Grouping.TYPE).stream().mapToLong(Count::events).sum();
    }

    @Override
    public synchronized List<MapPoint> mapPoints(EventQuery q) {
        return reader.mapPoints(q);
    }

    @Override
    public synchronized List<Count> counts(EventQuery q, Grouping by) {
        return reader.counts(q, by);
    }

    @Override
    public synchronized Optional<StoredEvent> event(String id) {
        return reader.event(id);
    }

    @Override
    public synchronized List<StoredEvent> split(String id) {
        List<StoredEvent> out = new ArrayList<>();
        for (String k : splitter.split(id)) {
            event(k).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public synchronized long[] counts() {
        return reader.counts();
    }

    @Override
    public synchronized Optional<Article> article(String key) {
        return reader.article(key);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @Override
    public synchronized Optional<String> previousVersion(String key) {
        return reader.previousVersion(key);
    }

    @Override
    public synchronized void close() {
        try {
            db.closeStatements();
            writer.close();
            db.connection().close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }
}
