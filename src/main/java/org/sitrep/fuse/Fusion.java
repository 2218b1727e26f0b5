package org.sitrep.fuse;

import org.sitrep.extract.NoteWriter;
import org.sitrep.geo.Distance;
import org.sitrep.geo.SamePlace;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Inter;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * One incident across reports. A report joins an incident when it tells the same thing: the same kind
 * of event (ACLED's event type, or the sub-event type itself among strategic developments; a type
 * mismatch blocks it except for ACLED's own merges), the same place at the finest level both know, the
 * same or an adjacent day, actors that can be the same people ({@link Sides}), and death tolls that fit
 * one incident. {@link #decide} says which of these held, and why.
 *
 * <p>The fused event keeps the best-placed report's record, every source, and the figures of the
 * reports published last, the lowest of them: reports of one day that disagree follow ACLED's
 * conservative rule, and a later report (a page re-published, a next-day "toll rises to 5") updates the
 * earlier ones. The fused figure always lies within the reports' range.
 */
public final class Fusion {
    /** Reports may date an incident a day apart (a night attack, a next-day report). */
    public static final int DAY_SLACK = 1;
    /**
     * Tolls fit one incident when the higher is at most {@value #TOLL_RATIO} times the lower plus
     * {@value #TOLL_SLACK}, or the lower plus its wounded (who may die): 3 and 5 killed fit, 2 and 30 do
     * not, unless the place and the day are the same (FusionTest.tollsFarApartAreAnotherIncidentElsewhere).
     */
    static final int TOLL_RATIO = 3, TOLL_SLACK = 2;
    /** Places this close are one spot for the tolls check (FusionTest.tollsFarApartAreAnotherIncidentElsewhere). */
    static final double SAME_SPOT_KM = 2;

    private Fusion() {
    }

    /**
     * Whether {@link #decide} would join them, the cheap checks first: the store asks this of every
     * candidate near a report and explains only the one it joins.
     */
    public static boolean sameIncident(Event a, Event b) {
        SubEventType x = a.subEventType(), y = b.subEventType();
        if (x != y && !family(x).equals(family(y)) && merged(x, y) == null || a.date() == null || b.date() == null
                || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > DAY_SLACK) {
            return false;
        }
        return place(a.place(), b.place()).passed() && Sides.compare(a, b).passed() && figures(a, b).passed();
    }

    /** Every check of report {@code b} against incident {@code a} (or another report): one incident when all pass. */
    public static Decision decide(Event a, Event b) {
        List<Decision.Check> checks = new ArrayList<>();
        checks.add(type(a.subEventType(), b.subEventType()));
        checks.add(place(a.place(), b.place()));
        checks.add(date(a.date(), b.date()));
        checks.add(Sides.compare(a, b));
        checks.add(figures(a, b));
        return new Decision(checks);
    }

    /** What the type check compares: ACLED's event type, or among strategic developments the sub-event type. */
    private static String family(SubEventType t) {
        return t.type() == EventType.STRATEGIC_DEVELOPMENTS ? t.label() : t.type().label();
    }

    static Decision.Check type(SubEventType x, SubEventType y) {
        Decision.Aspect k = Decision.Aspect.TYPE;
        if (x == y) {
            return new Decision.Check(k, true, "same sub-event type (" + x.label() + ")");
        }
        if (family(x).equals(family(y))) {
            return new Decision.Check(k, true, "same sub-event family (" + x.type().label() + ")");
        }
        if (merged(x, y) != null) {
            return new Decision.Check(k, true, merged(x, y));
        }
        return new Decision.Check(k, false, "different kinds of event (" + x.label() + "; " + y.label() + ")");
    }

    /** ACLED's own merges of two types into one event, said as the reason; null when there is none. */
    private static String merged(SubEventType x, SubEventType y) {
        for (SubEventType[] p : new SubEventType[][] {{x, y}, {y, x}}) {
            if (p[0].type() == EventType.BATTLES && (p[1] == SubEventType.SHELLING || p[1] == SubEventType.AIR_DRONE_STRIKE)) {
                return "shelling or an air strike within an armed clash (ACLED codes the clash)";
            }
            if (p[0].type() == EventType.RIOTS && p[1].type() == EventType.PROTESTS) {
                return "a demonstration that turned violent (ACLED codes the riot)";
            }
        }
        return null;
    }

    static Decision.Check place(Place a, Place b) {
        Decision.Aspect k = Decision.Aspect.PLACE;
        if (a == null || b == null || a.precision() == 3 || b.precision() == 3) {
            return new Decision.Check(k, false, "no place finer than a region"); // says nothing about which incident
        }
        double km = Distance.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        if (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId())) {
            return new Decision.Check(k, true, "same place (" + a.location() + ")");
        }
        if (km <= SamePlace.KM) {
            return new Decision.Check(k, true, km < 1 ? "under 1 km apart" : Math.round(km) + " km apart");
        }
        if ((districtOnly(a) || districtOnly(b)) && !a.admin2().isEmpty() && a.admin2().equals(b.admin2())
                && a.countryCode().equals(b.countryCode())) {
            return new Decision.Check(k, true, "same district (" + a.admin2() + "), all one report gives");
        }
        return new Decision.Check(k, false, Math.round(km) + " km apart");
    }

    /** A place known to the district only: the district itself, or somewhere near a place. */
    private static boolean districtOnly(Place p) {
        return p.precision() == 2 || p.featureCode().startsWith("ADM2");
    }

    static Decision.Check date(LocalDate a, LocalDate b) {
        Decision.Aspect k = Decision.Aspect.DATE;
        if (a == null || b == null) {
            return new Decision.Check(k, false, "undated");
        }
        long d = Math.abs(ChronoUnit.DAYS.between(a, b));
        return new Decision.Check(k, d <= DAY_SLACK, d == 0 ? "same day" : d == 1 ? "a day apart" : d + " days apart");
    }

    static Decision.Check figures(Event a, Event b) {
        Decision.Aspect k = Decision.Aspect.FIGURES;
        int x = a.casualties().fatalities(), y = b.casualties().fatalities();
        if (x == 0 || y == 0) {
            return new Decision.Check(k, true, "no conflicting tolls");
        }
        if (x == y) {
            return new Decision.Check(k, true, "same toll (" + x + " killed)");
        }
        Event low = x < y ? a : b;
        int lo = Math.min(x, y), hi = Math.max(x, y);
        Integer wounded = low.casualties().injuries();
        if (hi <= Math.max(lo * TOLL_RATIO + TOLL_SLACK, lo + (wounded == null ? 0 : wounded))) {
            return new Decision.Check(k, true, "tolls agree (" + lo + " and " + hi + " killed)");
        }
        boolean sameSpot = a.place() != null && b.place() != null && (a.place().geonamesId() != null
                && a.place().geonamesId().equals(b.place().geonamesId()) || Distance.km(a.place().latitude(),
                a.place().longitude(), b.place().latitude(), b.place().longitude()) <= SAME_SPOT_KM);
        if (sameSpot && a.date() != null && a.date().equals(b.date())) {
            return new Decision.Check(k, true, "tolls differ (" + lo + " and " + hi + " killed) at the same place on the same day");
        }
        return new Decision.Check(k, false, "tolls too far apart for one incident (" + lo + " and " + hi + " killed)");
    }

    /**
     * Whether {@code fresh}, from a new version of a page, tells again the incident that {@code old} told
     * in the earlier version: the kind of event, the place and the day agree (or are unknown in both);
     * actors and figures may change, which is why pages are re-published.
     */
    public static boolean retold(Event old, Event fresh) {
        boolean place = old.place() == null && fresh.place() == null
                || old.place() != null && fresh.place() != null && place(old.place(), fresh.place()).passed();
        boolean day = old.date() == null && fresh.date() == null
                || old.date() != null && fresh.date() != null && date(old.date(), fresh.date()).passed();
        return type(old.subEventType(), fresh.subEventType()).passed() && place && day;
    }

    /**
     * The named sides of an event as 64 bits ({@link Sides#signature}): when two events both have a
     * signature and they share no bit, their actors cannot agree; 0 means anything goes.
     */
    public static long actorSignature(Event e) {
        return Sides.signature(e);
    }

    /**
     * When a report was told: its article's publication date (null when unknown, which counts as
     * earliest), then whether the article re-publishes an earlier version of its page (a page re-published
     * the same day is newer than the reports of that day).
     */
    public record Told(LocalDate published, boolean republished) implements Comparable<Told> {
        public static final Told UNKNOWN = new Told(null, false);

        @Override
        public int compareTo(Told o) {
            int c = published == null ? (o.published == null ? 0 : -1) : o.published == null ? 1 : published.compareTo(o.published);
            return c != 0 ? c : Boolean.compare(republished, o.republished);
        }
    }

    /** The fused record of reports of one incident (at least one), all told at the same time. */
    public static Event fuse(String id, List<Event> reports) {
        return fuse(id, reports, Collections.nCopies(reports.size(), Told.UNKNOWN));
    }

    /** The fused record of reports of one incident (at least one), each with when it was told (in the same order). */
    public static Event fuse(String id, List<Event> reports, List<Told> published) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no reports to fuse for event " + id);
        }
        if (published.size() != reports.size()) {
            throw new IllegalArgumentException(published.size() + " publication dates for " + reports.size()
                    + " reports of event " + id);
        }
        Event base = reports.stream().max(Comparator.comparingInt((Event e) -> e.place() == null ? 0 : 4 - e.place().precision())
                .thenComparingDouble(Event::confidence)).orElseThrow();
        SubEventType type = base.subEventType();
        for (Event r : reports) { // ACLED codes shelling within a clash as the clash, a protest turned violent as a riot
            if (merged(type, r.subEventType()) != null && (r.eventType() == EventType.BATTLES || r.eventType() == EventType.RIOTS)) {
                type = r.subEventType();
            }
        }
        Casualties c = latest(reports, published);
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        Certainty certainty = Certainty.DENIED;
        for (Event r : reports) {
            sources.addAll(r.sources());
            if (r.certainty().ordinal() < certainty.ordinal()) {
                certainty = r.certainty();
            }
        }
        Event f = new Event(base.articleId(), id, base.date(), base.timePrecision(), base.status(), type,
                base.actor1(), base.actor2(), base.assoc1(), base.assoc2(), base.place(), base.placeText(), c,
                new ArrayList<>(sources), certainty, base.cameoCode(), base.confidence(), base.notes(), base.evidence());
        if (reports.size() == 1) {
            return f; // a report's own notes, written with the extractor's lexicon
        }
        return new Event(f.articleId(), id, f.date(), f.timePrecision(), f.status(), type, f.actor1(), f.actor2(), f.assoc1(),
                f.assoc2(), f.place(), f.placeText(), c, f.sources(), certainty, f.cameoCode(), f.confidence(),
                NoteWriter.bundled().fused(f, reports), f.evidence());
    }

    /** ACLED's rule: when sources differ, the lowest figure; a source silent on a figure does not count. */
    static Casualties conservative(List<Event> reports) {
        return latest(reports, Collections.nCopies(reports.size(), Told.UNKNOWN));
    }

    /**
     * Each figure from the reports that give it and were published last, the lowest of those: one day's
     * reports that disagree follow ACLED's conservative rule; a later report updates earlier ones.
     */
    static Casualties latest(List<Event> reports, List<Told> published) {
        int killed = latest(reports, published, e -> e.casualties().fatalities() > 0 ? e.casualties().fatalities() : -1);
        int wounded = latest(reports, published, e -> e.casualties().injuries() == null ? -1 : e.casualties().injuries());
        int captured = latest(reports, published, e -> e.casualties().captured() == null ? -1 : e.casualties().captured());
        return new Casualties(Math.max(0, killed), wounded < 0 ? null : wounded, captured < 0 ? null : captured);
    }

    /** One figure ({@code figure} gives -1 for a report silent on it); -1 when no report gives it. */
    private static int latest(List<Event> reports, List<Told> told, ToIntFunction<Event> figure) {
        Told newest = null;
        int out = -1;
        for (int i = 0; i < reports.size(); i++) {
            int v = figure.applyAsInt(reports.get(i));
            if (v < 0) {
                continue;
            }
            Told t = told.get(i);
            int c = newest == null ? 1 : t.compareTo(newest);
            if (c > 0) {
                newest = t;
                out = v;
            } else if (c == 0) {
                out = Math.min(out, v);
            }
        }
        return out;
    }

    /**
     * Independent sources: each report counts its first attributed source (a monitor, an agency, a
     * ministry) or, when it names none, its publisher; the same source through two outlets counts once.
     */
    public static int corroboration(List<Event> reports) {
        Set<String> primary = new HashSet<>();
        for (Event r : reports) {
            r.sources().stream().filter(s -> s.kind() != Source.Kind.PUBLISHER).findFirst()
                    .or(() -> r.sources().stream().findFirst())
                    .ifPresent(s -> primary.add(s.name().toLowerCase(Locale.ROOT)));
        }
        return Math.max(1, primary.size());
    }

    /** A report whose own source is a state that is one of the event's actors: a party speaking for itself. */
    public static boolean fromParty(Event r) {
        for (Source s : r.sources()) {
            if (s.kind() == Source.Kind.PUBLISHER || s.kind() == Source.Kind.OFFICIAL && s.country().isEmpty()) {
                continue; // "a military source told SANA": an unnamed official speaks through the outlet that cites it
            }
            if (s.kind() == Source.Kind.PARTY) {
                return true;
            }
            if (s.speaksForState() && !s.country().isEmpty()) {
                // a state's own outlet on fighting in its country, or on its forces anywhere, is a party's account
                if (r.place() != null && s.country().equals(r.place().countryCode())) {
                    return true;
                }
                for (Actor a : new Actor[] {r.actor1(), r.actor2()}) {
                    if (a != null && s.country().equals(a.country()) && (a.inter() == Inter.STATE_FORCES || a.inter() == Inter.EXTERNAL_FORCES)) {
                        return true;
                    }
                }
            }
            return false; // only the first attributed source speaks for the report
        }
        return false;
    }
}
