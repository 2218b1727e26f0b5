package org.sitrep.store;

import org.sitrep.fuse.Fusion;
import org.sitrep.model.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An incident's row rewritten from all its reports (after a fusion or a split), with its place in the
 * neighbour index and its side index entries.
 */
final class FusedWrites {
    private final StoreConnection db;
    private final Backend backend;
    private final PendingBatch batch;
    private final NeighbourIndex neighbours;

    FusedWrites(StoreConnection db, Backend backend, PendingBatch batch, NeighbourIndex neighbours) {
        this.db = db;
        this.backend = backend;
        this.batch = batch;
        this.neighbours = neighbours;
    }

    /** Recomputes an incident's fused record from all its reports. */
    void refresh(long eventRef) throws SQLException {
        String key;
        try (PreparedStatement ps = db.ps("SELECT event_key FROM events WHERE id = ?")) {
            ps.setLong(1, eventRef);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("incident " + eventRef + " to recompute is not in the events table");
                }
                key = rs.getString(1);
            }
        }
        List<Event> reports = new ArrayList<>();
        List<Fusion.Told> told = new ArrayList<>();
        try (PreparedStatement ps = db.ps("SELECT r.record, a.published, a.previous_ref FROM reports r"
                + " JOIN articles a ON a.id = r.article_ref WHERE r.event_ref = ? ORDER BY r.id")) {
            ps.setLong(1, eventRef);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.add(RecordCodec.parse(rs.getString(1)));
                    String published = rs.getString(2);
                    rs.getLong(3);
                    told.add(new Fusion.Told(published == null ? null : LocalDate.parse(published), !rs.wasNull()));
                }
            }
        }
        write(eventRef, key, reports, told);
    }

    /** Writes an incident's fused record and replaces its index entries. */
    private void write(long eventRef, String key, List<Event> reports, List<Fusion.Told> told) throws SQLException {
        Event f = Fusion.fuse(key, reports, told);
        String search = RecordCodec.searchText(reports);
        try (PreparedStatement ps = db.ps("UPDATE events SET event_date = ?, event_type = ?, sub_event_type = ?,"
                + " country = ?, admin1 = ?, admin2 = ?, latitude = ?, longitude = ?, actors = ?, sources = ?, certainty = ?,"
                + " fatalities = ?, injuries = ?, captured = ?, corroboration = ?, notes = ?, search_text = ?, record = ?"
                + " WHERE id = ?")) {
            ps.setString(1, f.date() == null ? null : f.date().toString());
            ps.setString(2, f.eventType().label());
            ps.setString(3, f.subEventType().label());
            ps.setString(4, f.place() == null ? "" : f.place().country());
            ps.setString(5, f.place() == null ? "" : f.place().admin1());
            ps.setString(6, f.place() == null ? "" : f.place().admin2());
            StoreConnection.setDouble(ps, 7, f.place() == null ? null : f.place().latitude());
            StoreConnection.setDouble(ps, 8, f.place() == null ? null : f.place().longitude());
            ps.setString(9, RecordCodec.actorNames(f));
            ps.setString(10, RecordCodec.sourceNames(f));
            ps.setString(11, f.certainty().label());
            ps.setInt(12, f.casualties().fatalities());
            StoreConnection.setInt(ps, 13, f.casualties().injuries());
            StoreConnection.setInt(ps, 14, f.casualties().captured());
            ps.setInt(15, Fusion.corroboration(reports));
            ps.setString(16, f.notes());
            ps.setString(17, search);
            ps.setString(18, EventRecords.toStoredJson(f).toString());
            ps.setLong(19, eventRef);
            ps.executeUpdate();
        }
        neighbours.added(eventRef, f, Fusion.actorSignature(f));
        // an incident this batch created gets its side index entries from its row at the flush
        if (!batch.indexedAtFlush(eventRef)) {
            backend.reindex(eventRef, f, search);
        }
    }
}
