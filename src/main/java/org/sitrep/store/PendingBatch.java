package org.sitrep.store;

import org.sitrep.model.Event;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the batch being stored, written in bulk before the commit (or before a fusion reads them
 * back), and the incidents the batch created that are not written yet.
 */
final class PendingBatch {
    private final StoreConnection db;
    private final Backend backend;
    private final NeighbourIndex neighbours;
    private final RowBuffer eventRows = new RowBuffer("INSERT INTO events (id, event_key, event_date, event_type,"
            + " sub_event_type, country, admin1, admin2, latitude, longitude, actors, sources, certainty, fatalities, injuries,"
            + " captured, corroboration, notes, search_text, record) VALUES ", 20);
    private final RowBuffer reportRows = new RowBuffer("INSERT INTO reports (report_key, article_ref, event_ref, party,"
            + " event_date, event_type, latitude, longitude, record, joined) VALUES ", 10);
    /** The incidents and the articles written since the last flush. */
    private final IdRun newEvents = new IdRun(), newArticles = new IdRun();
    /**
     * Incidents created in the batch and not yet written, by event type and day: fusion looks here as
     * well as in the database, and a bulk batch holds thousands (a list scanned per event was a quarter
     * of the bulk insert time, `sitrep bench store`).
     */
    private final Map<Long, List<Pending>> byDay = new HashMap<>();

    /** An incident of the batch: its id, its one report's event, that report's article and actor signature. */
    record Pending(long id, Event event, long articleRef, long actors) {
    }

    PendingBatch(StoreConnection db, Backend backend, NeighbourIndex neighbours) {
        this.db = db;
        this.backend = backend;
        this.neighbours = neighbours;
    }

    private static long dayKey(Event e, long day) {
        return ((long) e.eventType().family().ordinal() << 40) ^ day;
    }

    /** The batch's unwritten incidents of {@code e}'s family of types on {@code epochDay}. */
    List<Pending> on(Event e, long epochDay) {
        return byDay.getOrDefault(dayKey(e, epochDay), List.of());
    }

    /** An article the batch inserted: its text index follows at the flush. */
    void article(long articleRef) {
        newArticles.add(articleRef);
    }

    /** A report of incident {@code eventRef}; {@code joined}: the decision that joined it, null when it founds it. */
    void report(PreparedArticle.Report r, long articleRef, long eventRef, String joined) {
        Event e = r.event();
        reportRows.add(r.key(), articleRef, eventRef, r.party() ? 1 : 0,
                e.date() == null ? null : e.date().toString(), e.eventType().label(),
                e.place() == null ? null : e.place().latitude(), e.place() == null ? null : e.place().longitude(),
                r.record(), joined);
    }

    /** A new incident founded by report {@code r}: its one report is its record, under the incident's id. */
    void incident(long id, PreparedArticle.Report r, long articleRef) {
        Event e = r.event(), f = r.single();
        Double lat = f.place() == null ? null : f.place().latitude(), lon = f.place() == null ? null : f.place().longitude();
        eventRows.add(id, r.key(), f.date() == null ? null : f.date().toString(), f.eventType().label(),
                f.subEventType().label(), f.place() == null ? "" : f.place().country(),
                f.place() == null ? "" : f.place().admin1(), f.place() == null ? "" : f.place().admin2(), lat, lon,
                r.actors(), r.sources(), f.certainty().label(), f.casualties().fatalities(), f.casualties().injuries(),
                f.casualties().captured(), r.corroboration(), f.notes(), r.search(), ""); // the record is its report's (RECORD)
        newEvents.add(id); // the R*Tree and text index follow at the flush
        if (e.date() != null) {
            byDay.computeIfAbsent(dayKey(e, e.date().toEpochDay()), k -> new ArrayList<>())
                    .add(new Pending(id, e, articleRef, r.signature()));
        }
    }

    /** Whether the batch created this incident, so that its side index entries come from its row at the flush. */
    boolean indexedAtFlush(long eventRef) {
        return newEvents.reaches(eventRef);
    }

    /** Writes the buffered rows, which fusion reads back; the side indexes wait for {@link #flush}. */
    void flushRows() throws SQLException {
        eventRows.flush(db.connection());
        reportRows.flush(db.connection());
        for (List<Pending> day : byDay.values()) {
            for (Pending p : day) {
                neighbours.added(p.id(), p.event(), p.actors());
            }
        }
        byDay.clear();
    }

    /** Writes everything buffered, then what the backend adds for the batch's new rows; the caller commits. */
    void flush(long nextEventId) throws SQLException {
        flushRows();
        backend.afterBatch(newEvents, newArticles, nextEventId);
        newEvents.clear();
        newArticles.clear();
    }

    /** After a failed transaction: drops the batch and the row statements, which the driver may have reset. */
    void discard() {
        newEvents.clear();
        newArticles.clear();
        for (RowBuffer b : new RowBuffer[] {eventRows, reportRows}) {
            b.clear();
            try {
                b.close();
            } catch (SQLException ignored) {
                // a statement the failure already finalised
            }
        }
        byDay.clear();
    }

    void close() throws SQLException {
        for (RowBuffer b : new RowBuffer[] {eventRows, reportRows}) {
            b.close();
        }
    }
}
