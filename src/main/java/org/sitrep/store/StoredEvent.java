package org.sitrep.store;

import org.sitrep.fuse.Decision;
import org.sitrep.model.Event;

import java.time.Instant;
import java.util.List;

/**
 * One incident as stored: the fused event, and every report of it (one per article) with that
 * report's own figures. {@code corroboration} counts the independent sources behind it; a report is
 * {@code party} when its source is a party to the conflict speaking for itself. A report that joined the
 * incident after its first carries the decision that joined it ({@code joined}; null for the first report,
 * for one split off, and for joins stored before decisions were kept). {@code changed} is when the
 * incident last changed (its newest report was stored, or it was split), or null when not read.
 */
public record StoredEvent(String id, Event fused, List<Report> reports, int corroboration, boolean pinned,
                          Instant changed) {
    public StoredEvent {
        reports = List.copyOf(reports);
    }

    public StoredEvent(String id, Event fused, List<Report> reports, int corroboration, boolean pinned) {
        this(id, fused, reports, corroboration, pinned, null);
    }

    public record Report(String id, Event event, String articleKey, boolean party, Decision joined) {
    }
}
