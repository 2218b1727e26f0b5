package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores articles with their events, many in one transaction: each event is fused into the incident it
 * describes too, or founds a new one. A text stored before changes nothing; a page re-published with new
 * text is a new version ({@link Versions}).
 */
final class StoreWriter {
    private final StoreConnection db;
    private final WriteTransaction tx;
    private final PendingBatch batch;
    private final IncidentFuser fuser;
    private final FusedWrites fused;
    private final NeighbourIndex neighbours;
    private final Versions versions;
    private final Clock clock;

    StoreWriter(StoreConnection db, WriteTransaction tx, PendingBatch batch, FusedWrites fused, NeighbourIndex neighbours,
                Clock clock) {
        this.db = db;
        this.tx = tx;
        this.batch = batch;
        this.fuser = new IncidentFuser(db, batch, neighbours);
        this.fused = fused;
        this.neighbours = neighbours;
        this.versions = new Versions(db, fused);
        this.clock = clock;
    }

    /** Stores many articles in one transaction (bulk loads); each article is still all-or-nothing. */
    List<EventStore.Outcome> storeAll(List<JdbcEventStore.Batch> batches) {
        return tx.run(() -> {
            List<EventStore.Outcome> out = new ArrayList<>();
            for (PreparedArticle p : PreparedArticle.prepareAll(batches)) {
                out.add(storeOne(p));
            }
            batch.flush(tx.nextEventId());
            return out;
        }, this::discard, e -> {
            String what = batches.size() == 1 ? "article " + batches.get(0).article().id() : batches.size() + " articles";
            if (String.valueOf(e.getMessage()).contains("SQLITE_FULL") || "53100".equals(e.getSQLState())) {
                return new StoreException("disk full while storing " + what + " in " + db.name() + "; none of it was stored", e);
            }
            return new StoreException("cannot store " + what + " in " + db.name() + ": " + StoreConnection.oneLine(e), e);
        });
    }

    /** After a failed batch: nothing of it is kept, and the next transaction reads the ids and the neighbours afresh. */
    private void discard() {
        batch.discard();
        db.dropStatements();
        neighbours.clear();
        tx.forget();
    }

    private EventStore.Outcome storeOne(PreparedArticle p) throws SQLException {
        Article a = p.article();
        if (textStored(p.hash())) {
            return new EventStore.Outcome(true, 0, 0, 0, 0);
        }
        Long previous = a.url() == null || a.url().isBlank() ? null : versions.latest(a.url());
        if (previous != null) {
            p = p.withKey(versions.nextKey(a.url())); // the page re-published with new text: a new version
        }
        long articleRef;
        try (PreparedStatement ps = db.ps("INSERT INTO articles (article_key, content_hash, article_id, title,"
                + " source, url, published, language, ingested_at, text, byline, previous_ref)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, p.key());
            ps.setString(2, p.hash());
            ps.setString(3, a.id());
            ps.setString(4, p.title());
            ps.setString(5, a.source());
            ps.setString(6, a.url());
            ps.setString(7, a.published() == null ? null : a.published().toString());
            ps.setString(8, a.language());
            ps.setString(9, clock.instant().toString());
            ps.setString(10, a.text());
            ps.setString(11, a.byline());
            if (previous == null) {
                ps.setNull(12, java.sql.Types.BIGINT);
            } else {
                ps.setLong(12, previous);
            }
            articleRef = StoreConnection.returnedId(ps);
        }
        batch.article(articleRef);
        List<PreparedArticle.Report> left = p.reports();
        if (previous != null) {
            batch.flushRows(); // the old version's reports may still be buffered in this batch
            left = versions.replace(previous, articleRef, p.reports());
        }
        int created = 0, fusedInto = 0;
        for (PreparedArticle.Report r : left) {
            Event e = r.event();
            IncidentFuser.Join join = fuser.candidate(e, articleRef, r.signature());
            long eventRef;
            if (join == null) {
                eventRef = tx.takeEventId();
                created++;
            } else {
                eventRef = join.id();
                fusedInto++;
            }
            batch.report(r, articleRef, eventRef, join == null ? null : RecordCodec.decision(join.decision()));
            if (join == null) {
                batch.incident(eventRef, r, articleRef);
            } else {
                batch.flushRows(); // fusing reads the incident's reports back, this one too: what is buffered is written first
                fused.refresh(eventRef);
            }
        }
        return new EventStore.Outcome(false, p.reports().size(), created, fusedInto, p.reports().size() - left.size());
    }

    /** Whether this text (by its hash) is stored: the same text is the same article, whatever its URL. */
    private boolean textStored(String hash) throws SQLException {
        try (PreparedStatement ps = db.ps("SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * With a text hash, whether that text is stored (a page at a stored URL with other text is a new
     * version, not seen); without one, whether any version of the page at {@code url} is.
     */
    boolean seen(String url, String hash) throws SQLException {
        if (hash != null && !hash.isEmpty()) {
            return textStored(hash);
        }
        if (url == null || url.isBlank()) {
            return false;
        }
        try (PreparedStatement ps = db.ps("SELECT 1 FROM articles WHERE url = ? LIMIT 1")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void close() throws SQLException {
        batch.close();
    }
}
