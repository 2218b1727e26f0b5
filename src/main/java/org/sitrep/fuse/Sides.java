package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two reports' actors can be the same people. Reports name one force in many ways ("an army
 * patrol", "a Syrian army vehicle", "regime forces"), and ACLED's names of it change with the period, so
 * actors are compared by what they are, not by how they are spelled: a state's forces by the state,
 * civilians and demonstrators by their country, a named group by its name. An unidentified group, or a
 * side a report leaves out, contradicts nothing: one outlet may blame "terrorists" for what another
 * blames on the army, and both tell one incident.
 */
final class Sides {
    private Sides() {
    }

    private enum Match { OPEN, AGREE, CONTRADICT }

    private record Pair(Match match, String says) {
    }

    /** The actors check of report {@code b} against incident {@code a}. */
    static Decision.Check compare(Event a, Event b) {
        List<Actor> a1 = side(a.actor1(), a.assoc1()), a2 = side(a.actor2(), a.assoc2());
        List<Actor> b1 = side(b.actor1(), b.assoc1()), b2 = side(b.actor2(), b.assoc2());
        List<Pair> straight = List.of(pair(a1, b1), pair(a2, b2));
        // a battle has no attacker and target: either side of one report may be either side of the other
        boolean battle = a.eventType() == EventType.BATTLES || b.eventType() == EventType.BATTLES;
        List<List<Pair>> ways = battle ? List.of(straight, List.of(pair(a1, b2), pair(a2, b1))) : List.of(straight);
        List<Pair> best = null;
        for (List<Pair> way : ways) {
            if (way.stream().noneMatch(p -> p.match() == Match.CONTRADICT)
                    && (best == null || agreements(way) > agreements(best))) {
                best = way;
            }
        }
        if (best == null) {
            List<String> differ = new ArrayList<>();
            for (Pair p : straight) {
                if (p.match() == Match.CONTRADICT) {
                    differ.add(p.says());
                }
            }
            return new Decision.Check(Decision.Aspect.ACTORS, false, "actors differ (" + String.join("; ", differ) + ")");
        }
        Set<String> agree = new LinkedHashSet<>();
        for (Pair p : best) {
            if (p.match() == Match.AGREE) {
                agree.add(p.says());
            }
        }
        return new Decision.Check(Decision.Aspect.ACTORS, true, agree.isEmpty()
                ? "actors do not contradict (a side is unnamed or unidentified)" : "actors agree (" + String.join("; ", agree) + ")");
    }

    private static long agreements(List<Pair> way) {
        return way.stream().filter(p -> p.match() == Match.AGREE).count();
    }

    private static List<Actor> side(Actor main, List<Actor> with) {
        List<Actor> out = new ArrayList<>();
        if (main != null) {
            out.add(main);
            out.addAll(with);
        }
        return out;
    }

    private static Pair pair(List<Actor> x, List<Actor> y) {
        if (x.isEmpty() || y.isEmpty() || x.stream().anyMatch(Sides::unidentified) || y.stream().anyMatch(Sides::unidentified)) {
            return new Pair(Match.OPEN, "");
        }
        for (Actor p : x) {
            for (Actor q : y) {
                if (key(p).equals(key(q))) {
                    return new Pair(Match.AGREE, p.name().equals(q.name()) ? p.name() : p.name() + " = " + q.name());
                }
            }
        }
        return new Pair(Match.CONTRADICT, x.get(0).name() + " or " + y.get(0).name());
    }

    private static boolean unidentified(Actor a) {
        return a.name().startsWith("Unidentified");
    }

    /**
     * What an actor is, as far as telling incidents apart goes: a state's forces (army, police, an
     * external force) by the state; civilians and demonstrators by their country; anyone else by name.
     */
    static String key(Actor a) {
        if (a.country().isEmpty()) {
            return "name:" + a.name();
        }
        return switch (a.inter()) {
            case STATE_FORCES, EXTERNAL_FORCES -> "state:" + a.country();
            case CIVILIANS -> "civilians:" + a.country();
            case PROTESTERS, RIOTERS -> "demonstrators:" + a.country();
            default -> "name:" + a.name();
        };
    }

    /**
     * The sides of an event as 64 bits, one per {@link #key}: when two events both have a signature and
     * they share no bit, {@link #compare} fails for them; 0 (a side missing or unidentified) lets anything
     * through. It lets the store skip incidents without reading their records.
     */
    static long signature(Event e) {
        List<Actor> all = new ArrayList<>(side(e.actor1(), e.assoc1()));
        List<Actor> other = side(e.actor2(), e.assoc2());
        if (all.isEmpty() || other.isEmpty()) {
            return 0;
        }
        all.addAll(other);
        long bits = 0;
        for (Actor a : all) {
            if (unidentified(a)) {
                return 0;
            }
            bits |= 1L << (key(a).hashCode() & 63);
        }
        return bits;
    }
}
