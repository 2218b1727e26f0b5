package org.sitrep.store;

import org.sitrep.fuse.Fusion;
import org.sitrep.model.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages re-published under the same URL with new text (a toll raised, a name corrected). The new text
 * is stored as an article of its own, under the URL and a version number, linked to the version before
 * it; both texts are kept. Each of its events that tells again an incident of the old version takes
 * that report's place (its figures replace the old ones and the incident is recomputed); the others
 * are stored and fused like any new report.
 */
final class Versions {
    private final StoreConnection db;
    private final FusedWrites fused;

    Versions(StoreConnection db, FusedWrites fused) {
        this.db = db;
        this.fused = fused;
    }

    /** The row id of the latest version stored of the page at {@code url}, or null. */
    Long latest(String url) throws SQLException {
        try (PreparedStatement ps = db.ps("SELECT id FROM articles WHERE url = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The key of the next version of the page at {@code url}: the URL and "#v2", "#v3", ... */
    String nextKey(String url) throws SQLException {
        try (PreparedStatement ps = db.ps("SELECT count(*) FROM articles WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return url + "#v" + (rs.getLong(1) + 1);
            }
        }
    }

    private record Old(long id, long eventRef, Event event) {
    }

    /**
     * Moves the reports of article {@code oldRef} that {@code fresh} tells again to article {@code newRef},
     * with the new version's records, and recomputes their incidents. Returns the reports of
     * {@code fresh} that replaced none, which the caller stores as new reports.
     */
    List<PreparedArticle.Report> replace(long oldRef, long newRef, List<PreparedArticle.Report> fresh) throws SQLException {
        List<Old> old = new ArrayList<>();
        try (PreparedStatement ps = db.ps("SELECT id, event_ref, record FROM reports WHERE article_ref = ? ORDER BY id")) {
            ps.setLong(1, oldRef);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.add(new Old(rs.getLong(1), rs.getLong(2), RecordCodec.parse(rs.getString(3))));
                }
            }
        }
        List<PreparedArticle.Report> left = new ArrayList<>();
        for (PreparedArticle.Report r : fresh) {
            Old match = null;
            int best = -1;
            for (Old o : old) {
                int score = score(o.event(), r.event());
                if (score > best) {
                    best = score;
                    match = o;
                }
            }
            if (match == null) {
                left.add(r);
                continue;
            }
            old.remove(match);
            update(match.id(), newRef, r);
            fused.refresh(match.eventRef());
        }
        return left;
    }

    /** How well a new version's event matches an old report: -1 when it tells another incident. */
    private static int score(Event old, Event fresh) {
        if (!Fusion.retold(old, fresh)) {
            return -1;
        }
        return (old.eventId().equals(fresh.eventId()) ? 4 : 0) + (old.subEventType() == fresh.subEventType() ? 2 : 0)
                + (old.date() != null && old.date().equals(fresh.date()) ? 1 : 0);
    }

    /** The report keeps its key and its incident (so the event's id stays); the rest is the new version's. */
    private void update(long reportId, long newRef, PreparedArticle.Report r) throws SQLException {
        Event e = r.event();
        try (PreparedStatement ps = db.ps("UPDATE reports SET article_ref = ?, party = ?, event_date = ?, event_type = ?,"
                + " latitude = ?, longitude = ?, record = ? WHERE id = ?")) {
            ps.setLong(1, newRef);
            ps.setInt(2, r.party() ? 1 : 0);
            ps.setString(3, e.date() == null ? null : e.date().toString());
            ps.setString(4, e.eventType().label());
            StoreConnection.setDouble(ps, 5, e.place() == null ? null : e.place().latitude());
            StoreConnection.setDouble(ps, 6, e.place() == null ? null : e.place().longitude());
            ps.setString(7, r.record());
            ps.setLong(8, reportId);
            ps.executeUpdate();
        }
    }
}
