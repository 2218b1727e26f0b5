package org.sitrep.store;

import org.sitrep.model.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes a fusion: every report of an incident after its first founds an incident of its own, without the
 * decision that had joined it, and all of them are pinned, so that no later report fuses them again; the
 * split report keys are kept.
 */
final class Splitter {
    private final StoreConnection db;
    private final Backend backend;
    private final WriteTransaction tx;
    private final FusedWrites fused;
    private final Clock clock;

    Splitter(StoreConnection db, Backend backend, WriteTransaction tx, FusedWrites fused, Clock clock) {
        this.db = db;
        this.backend = backend;
        this.tx = tx;
        this.fused = fused;
        this.clock = clock;
    }

    /** Splits incident {@code id} in one transaction; returns the keys of the incidents it is now, its own first. */
    List<String> split(String id) {
        return tx.run(() -> splitIn(id), () -> { }, e -> new StoreException("cannot split event " + id + " in "
                + db.name() + ": " + StoreConnection.oneLine(e), e));
    }

    private List<String> splitIn(String id) throws SQLException {
        List<String> keys = new ArrayList<>(List.of(id));
        Long ref = EventReader.eventRef(db, id);
        if (ref == null) {
            throw new StoreException("no event " + id + " in " + db.name());
        }
        List<String[]> reps = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT id, report_key, record FROM reports WHERE event_ref = ? ORDER BY id")) {
            ps.setLong(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reps.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        for (int i = 1; i < reps.size(); i++) {
            long newRef = insertEvent(reps.get(i)[1], RecordCodec.parse(reps.get(i)[2]));
            // the report no longer joins anything: its decision goes with the fusion it made
            try (PreparedStatement ps = db.connection().prepareStatement("UPDATE reports SET event_ref = ?, joined = NULL"
                    + " WHERE id = ?")) {
                ps.setLong(1, newRef);
                ps.setLong(2, Long.parseLong(reps.get(i)[0]));
                ps.executeUpdate();
            }
            fused.refresh(newRef);
            keys.add(reps.get(i)[1]);
        }
        fused.refresh(ref);
        for (String[] r : reps) {
            try (PreparedStatement ps = db.connection().prepareStatement(backend.insertSplit())) {
                ps.setString(1, r[1]);
                ps.setString(2, clock.instant().toString());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE events SET pinned = 1 WHERE event_key = ?")) {
            for (String k : keys) {
                ps.setString(1, k);
                ps.executeUpdate();
            }
        }
        return keys;
    }

    /** A new incident's row with nothing but its key, type and date, which {@link FusedWrites#refresh} then fills. */
    private long insertEvent(String key, Event e) throws SQLException {
        long id = tx.takeEventId();
        try (PreparedStatement ps = db.ps("INSERT INTO events (id, event_key, event_date, event_type, sub_event_type,"
                + " actors, sources, certainty, fatalities, corroboration, notes, search_text, record)"
                + " VALUES (?, ?, ?, ?, ?, '', '', ?, 0, 1, '', '', '{}')")) {
            ps.setLong(1, id);
            ps.setString(2, key);
            ps.setString(3, e.date() == null ? null : e.date().toString());
            ps.setString(4, e.eventType().label());
            ps.setString(5, e.subEventType().label());
            ps.setString(6, e.certainty().label());
            ps.executeUpdate();
        }
        return id;
    }
}
