package org.sitrep.store;

import org.sitrep.fuse.Decision;
import org.sitrep.fuse.Fusion;
import org.sitrep.geo.Distance;
import org.sitrep.geo.SamePlace;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds the incident a new report describes too, if any: among the batch's unwritten incidents and,
 * through the neighbour index, the stored ones, the nearest that Fusion accepts.
 */
final class IncidentFuser {
    private static final String FILTER = " AND e.event_type IN (?, ?, ?) AND e.event_date BETWEEN ? AND ? AND e.pinned = 0";

    private final StoreConnection db;
    private final PendingBatch batch;
    private final NeighbourIndex neighbours;

    IncidentFuser(StoreConnection db, PendingBatch batch, NeighbourIndex neighbours) {
        this.db = db;
        this.batch = batch;
        this.neighbours = neighbours;
    }

    /** The incident a report joins, and the decision that joins it. */
    record Join(long id, Decision decision) {
    }

    /** The incident report {@code e} of article {@code articleRef} joins, or null for a new one. */
    Join candidate(Event e, long articleRef, long actors) throws SQLException {
        if (e.date() == null || e.place() == null || e.place().precision() == 3) {
            return null;
        }
        double dLat = SamePlace.KM / 111.0;
        double dLon = dLat / Math.max(0.2, Math.cos(Math.toRadians(e.place().latitude())));
        Long best = null;
        Event bestEvent = null;
        double bestKm = Double.MAX_VALUE;
        for (long day = e.date().toEpochDay() - Fusion.DAY_SLACK; day <= e.date().toEpochDay() + Fusion.DAY_SLACK; day++) {
            for (PendingBatch.Pending n : batch.on(e, day)) {
                Event stored = n.event();
                if (n.articleRef() != articleRef && Fusion.sameIncident(stored, e) && km(stored, e) < bestKm) {
                    bestKm = km(stored, e);
                    best = n.id();
                    bestEvent = stored;
                }
            }
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        int district = NeighbourIndex.district(e.place().admin2(), e.place().country());
        for (long day = e.date().toEpochDay() - Fusion.DAY_SLACK; day <= e.date().toEpochDay() + Fusion.DAY_SLACK; day++) {
            neighbours.search(day, e.eventType().family().ordinal(), e.place().latitude(), e.place().longitude(), dLat, dLon,
                    district, actors, this::loadDay, ids::add);
        }
        for (long id : ids) { // the database has the last word: type, dates and pinning as they are now
            Event stored = stored(id, e);
            if (stored == null || !Fusion.sameIncident(stored, e) || hasReportFrom(id, articleRef)) {
                continue;
            }
            if (km(stored, e) < bestKm) {
                bestKm = km(stored, e);
                best = id;
                bestEvent = stored;
            }
        }
        // the joined incident's decision, every check with its reason, is kept with the report
        return best == null ? null : new Join(best, Fusion.decide(bestEvent, e));
    }

    /** Candidates are ranked by great-circle distance. */
    private static double km(Event a, Event b) {
        return Distance.km(a.place().latitude(), a.place().longitude(), b.place().latitude(), b.place().longitude());
    }

    /** Incident {@code id} as stored, if its type, dates and pinning still pass fusion's filter for {@code e}. */
    private Event stored(long id, Event e) throws SQLException {
        try (PreparedStatement ps = db.ps("SELECT e.id, " + RecordCodec.RECORD + ", e.event_key FROM events e"
                + " WHERE e.id = ?" + FILTER)) {
            ps.setLong(1, id);
            bindFilter(ps, 2, e);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? RecordCodec.parse(rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    /** Fills {@code into} with the incidents the database holds for one day (the neighbour index's loader). */
    private void loadDay(long epochDay, NeighbourIndex.Day into) throws SQLException {
        try (PreparedStatement ps = db.ps("SELECT id, event_type, latitude, longitude, admin2, country FROM events"
                + " WHERE event_date = ? AND pinned = 0 AND latitude IS NOT NULL")) {
            ps.setString(1, LocalDate.ofEpochDay(epochDay).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.add(rs.getLong(1), EventType.fromLabel(rs.getString(2)).family().ordinal(), rs.getDouble(3),
                            rs.getDouble(4), NeighbourIndex.district(rs.getString(5), rs.getString(6)),
                            0); // actors unknown: always looked up
                }
            }
        }
    }

    /** Binds fusion's filter: the type, the days around the report's, and not pinned by a split. */
    private static void bindFilter(PreparedStatement ps, int from, Event e) throws SQLException {
        List<EventType> family = EventType.of(e.eventType().family()); // one to three types; the IN takes three
        for (int i = 0; i < 3; i++) {
            ps.setString(from + i, family.get(Math.min(i, family.size() - 1)).label());
        }
        ps.setString(from + 3, e.date().minusDays(Fusion.DAY_SLACK).toString());
        ps.setString(from + 4, e.date().plusDays(Fusion.DAY_SLACK).toString());
    }

    /** One article's events are separate incidents by construction: never fuse two of them. */
    private boolean hasReportFrom(long eventRef, long articleRef) throws SQLException {
        try (PreparedStatement ps = db.ps("SELECT 1 FROM reports WHERE event_ref = ? AND article_ref = ? LIMIT 1")) {
            ps.setLong(1, eventRef);
            ps.setLong(2, articleRef);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
