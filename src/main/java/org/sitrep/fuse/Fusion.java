package org.sitrep.fuse;

import org.sitrep.geo.SamePlace;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Inter;
import org.sitrep.model.Source;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One incident across reports. Two reports from different articles describe the same incident when
 * they have the same event type, fall on the same or adjacent days, lie within {@link SamePlace#KM}
 * or in the same admin2, and their actors do not contradict each other. The fused event keeps the
 * best-placed report's record, every source, and figures by ACLED's conservative rule: the lowest
 * count any source gives.
 */
public final class Fusion {
    /** Reports may date an incident a day apart (a night attack, a next-day report). */
    public static final int DAY_SLACK = 1;

    private Fusion() {
    }

    public static boolean sameIncident(Event a, Event b) {
        // one outlet's clash is another's shelling: reports fuse within ACLED's kind of disorder, not its type
        if (a.eventType().family() != b.eventType().family()
                || a.articleId().equals(b.articleId()) && a.eventId().equals(b.eventId())) {
            return false;
        }
        if (a.date() == null || b.date() == null || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > DAY_SLACK) {
            return false;
        }
        if (a.place() == null || b.place() == null || a.place().precision() == 3 || b.place().precision() == 3) {
            return false; // a country centroid says nothing about which incident it was
        }
        return SamePlace.near(a.place(), b.place()) && actorsCompatible(a, b);
    }

    /** Actors agree when the two reports share a named side, or either leaves its sides unnamed. */
    static boolean actorsCompatible(Event a, Event b) {
        Set<String> x = named(a), y = named(b);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        for (String n : x) {
            if (y.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The named sides of an event as 64 bits, one per name: when two events both have a signature and
     * they share no bit, {@link #actorsCompatible} is false for them; 0 means no named side (anything goes).
     * It lets the store skip incidents without reading their records.
     */
    public static long actorSignature(Event e) {
        long bits = 0;
        for (String n : named(e)) {
            bits |= 1L << (n.hashCode() & 63);
        }
        return bits;
    }

    private static Set<String> named(Event e) {
        Set<String> out = new HashSet<>();
        for (Actor a : new Actor[] {e.actor1(), e.actor2()}) {
            if (a != null && !a.name().startsWith("Unidentified") && a.inter() != Inter.CIVILIANS) {
                out.add(a.name());
            }
        }
        return out;
    }

    /** The fused record of reports of one incident (at least one). */
    public static Event fuse(String id, List<Event> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no reports to fuse for event " + id);
        }
        Event base = reports.stream().max(Comparator.comparingInt((Event e) -> e.place() == null ? 0 : 4 - e.place().precision())
                .thenComparingDouble(Event::confidence)).orElseThrow();
        Casualties c = conservative(reports);
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        Certainty certainty = Certainty.DENIED;
        for (Event r : reports) {
            sources.addAll(r.sources());
            if (r.certainty().ordinal() < certainty.ordinal()) {
                certainty = r.certainty();
            }
        }
        String notes = base.notes();
        if (reports.size() > 1) {
            notes += " Reported by " + reports.size() + " articles; figures are the lowest any source gives.";
        }
        return new Event(base.articleId(), id, base.date(), base.timePrecision(), base.status(), base.subEventType(),
                base.actor1(), base.actor2(), base.assoc1(), base.assoc2(), base.place(), base.placeText(), c,
                new ArrayList<>(sources), certainty, base.cameoCode(), base.confidence(), notes, base.evidence());
    }

    /** ACLED's rule: when sources differ, the lowest figure; a source silent on a figure does not count. */
    static Casualties conservative(List<Event> reports) {
        Integer killed = null, wounded = null, captured = null;
        for (Event r : reports) {
            Casualties c = r.casualties();
            if (c.fatalities() > 0) {
                killed = killed == null ? c.fatalities() : Math.min(killed, c.fatalities());
            }
            if (c.injuries() != null) {
                wounded = wounded == null ? c.injuries() : Math.min(wounded, c.injuries());
            }
            if (c.captured() != null) {
                captured = captured == null ? c.captured() : Math.min(captured, c.captured());
            }
        }
        return new Casualties(killed == null ? 0 : killed, wounded, captured);
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
                    .ifPresent(s -> primary.add(s.name().toLowerCase(java.util.Locale.ROOT)));
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
