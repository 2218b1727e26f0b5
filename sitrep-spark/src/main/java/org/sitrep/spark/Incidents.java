package org.sitrep.spark;

import org.sitrep.fuse.Decision;
import org.sitrep.fuse.Fusion;
import org.sitrep.geo.Distance;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The store's fusion rule over a stream: reports arrive grouped by country and in order of day (then article
 * and event id, so that a rerun fuses the same way), and each joins the nearest open incident that
 * {@link Fusion#sameIncident} accepts and that holds no report of its own article, or founds a new one. That
 * is what {@code JdbcEventStore} does as articles arrive; here the arrival order is the date order. As in the
 * store, each joining report keeps the {@link Fusion#decide decision} that joined it, and the fused figures
 * are those of the reports published last ({@link Fusion.Told}).
 *
 * <p>Only incidents of the last {@link Fusion#DAY_SLACK} days can take a report, so an incident is closed
 * and handed on as soon as the days move past it: memory holds a few days of one country, never the archive.
 */
final class Incidents implements Iterator<StoredEvent> {
    /** A report with where fusion looks for its incident, and when its article was published. */
    record Keyed(String key, Event event, Fusion.Told told) {
        Keyed {
            java.util.Objects.requireNonNull(told, "when the report was told (Told.UNKNOWN when not known)");
        }

        Keyed(String key, Event event) {
            this(key, event, Fusion.Told.UNKNOWN);
        }
    }

    private static final class Open {
        final String id;
        final List<Event> reports = new ArrayList<>();
        final List<Fusion.Told> told = new ArrayList<>();
        final List<Decision> joined = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        Event fused;

        Open(Event first, Fusion.Told when) {
            id = first.eventId(); // as in the store, the report that founds an incident names it
            add(first, when, null);
        }

        /** @param decision why the report joins (null for the first report, as the store keeps it) */
        void add(Event e, Fusion.Told when, Decision decision) {
            reports.add(e);
            told.add(when);
            joined.add(decision);
            articles.add(e.articleId());
            fused = Fusion.fuse(id, reports, told);
        }

        StoredEvent closed() {
            List<StoredEvent.Report> rs = new ArrayList<>(reports.size());
            for (int i = 0; i < reports.size(); i++) {
                Event r = reports.get(i);
                rs.add(new StoredEvent.Report(r.eventId(), r, r.articleId(), Fusion.fromParty(r), joined.get(i)));
            }
            return new StoredEvent(id, fused, rs, Fusion.corroboration(reports), false);
        }
    }

    private final Iterator<Keyed> in;
    private final Deque<StoredEvent> ready = new ArrayDeque<>();
    private List<Open> open = new ArrayList<>();
    private String key;
    private long day = Long.MIN_VALUE;

    /** @param sorted reports sorted by key, then day, article id and event id */
    Incidents(Iterator<Keyed> sorted) {
        this.in = sorted;
    }

    /** A report that fusion can never join (no day, or no place finer than a country): an incident of its own. */
    static StoredEvent single(Event e, Fusion.Told told) {
        return new Open(e, told).closed();
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && in.hasNext()) {
            take(in.next());
        }
        if (ready.isEmpty() && !open.isEmpty()) {
            closeBefore(Long.MAX_VALUE);
        }
        return !ready.isEmpty();
    }

    @Override
    public StoredEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void take(Keyed k) {
        Event e = k.event();
        long d = e.date().toEpochDay();
        if (!k.key().equals(key)) {
            closeBefore(Long.MAX_VALUE);
            key = k.key();
        } else if (d < day) {
            throw new IllegalStateException("reports of " + key + " out of date order at event " + e.eventId());
        }
        day = d;
        // an incident dated before yesterday can take no report of today or later: it is done
        closeBefore(d - Fusion.DAY_SLACK);
        Open best = null;
        double bestKm = Double.MAX_VALUE;
        for (Open o : open) {
            if (!o.articles.contains(e.articleId()) && Fusion.sameIncident(o.fused, e)) {
                double km = Distance.km(o.fused.place().latitude(), o.fused.place().longitude(), e.place().latitude(),
                        e.place().longitude());
                if (km < bestKm) {
                    bestKm = km;
                    best = o;
                }
            }
        }
        if (best == null) {
            open.add(new Open(e, k.told()));
        } else {
            best.add(e, k.told(), Fusion.decide(best.fused, e)); // the store decides against the fused record too
        }
    }

    /** Hands on every open incident whose fused day is before {@code epochDay}. */
    private void closeBefore(long epochDay) {
        List<Open> keep = new ArrayList<>(open.size());
        for (Open o : open) {
            if (o.fused.date().toEpochDay() < epochDay) {
                ready.add(o.closed());
            } else {
                keep.add(o);
            }
        }
        open = keep;
    }
}
