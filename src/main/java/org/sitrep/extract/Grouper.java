package org.sitrep.extract;

import org.sitrep.geo.SamePlace;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Groups the frames of one article into incidents: ACLED's one event per incident, place and day.
 * A frame joins an earlier incident of the same family when its date and place agree (or it names
 * none and sits in the same paragraph, or shares an actor); otherwise it opens a new incident if it
 * can stand alone (a strong cue or a count, and for violence a place below country level).
 */
final class Grouper {
    /** How many earlier incidents a frame may join: beyond that, an unplaced mention is background. */
    static final int LOOK_BACK = 3;

    static final class Incident {
        final List<Frame> frames = new ArrayList<>();

        Incident(Frame f) {
            frames.add(f);
        }

        Frame lead() {
            return frames.stream().filter(f -> !f.headline()).findFirst().orElse(frames.get(0));
        }

        Place place() {
            Place best = null;
            for (Frame f : frames) {
                if (f.place() != null && (best == null || f.place().precision() < best.precision())) {
                    best = f.place();
                }
            }
            return best;
        }

        LocalDate date() {
            return frames.stream().filter(Frame::explicitDate).map(Frame::date).findFirst().orElse(null);
        }

        /** An explicit date, else the day a source spoke ("announced on Monday"), else null. */
        LocalDate anyDate() {
            LocalDate d = date();
            return d != null ? d : frames.stream().map(Frame::date).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        SubEventType type() {
            SubEventType first = null;
            boolean clash = false;
            for (Frame f : frames) {
                if (f.weakType() || f.headline()) {
                    continue;
                }
                if (f.type() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                        || f.type() == SubEventType.GOVERNMENT_REGAINS_TERRITORY) {
                    return f.type(); // a battle that moved a front line is coded by what it won
                }
                clash |= f.type() == SubEventType.ARMED_CLASH;
                if (first == null) {
                    first = f.type();
                }
            }
            if (clash) {
                return SubEventType.ARMED_CLASH;
            }
            if (first != null && first.type() == EventType.PROTESTS) {
                // "Hundreds protested ... Police detained several of them": the protest is coded by what met it
                for (SubEventType t : PROTEST_SEVERITY) {
                    if (frames.stream().anyMatch(f -> f.type() == t && !f.weakType() && !f.headline())) {
                        return t;
                    }
                }
            }
            return first != null ? first : lead().type();
        }

        Frame last() {
            return frames.get(frames.size() - 1);
        }
    }

    /** Protest sub-types, most serious first: an incident told in several sentences takes the worst. */
    private static final List<SubEventType> PROTEST_SEVERITY = List.of(SubEventType.EXCESSIVE_FORCE,
            SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.PEACEFUL_PROTEST);

    List<Incident> group(List<Frame> frames, LocalDate fallback) {
        List<Incident> out = new ArrayList<>();
        List<Frame> headlines = new ArrayList<>();
        for (Frame f : frames) {
            if (f.headline()) {
                headlines.add(f);
                continue;
            }
            Incident target = null;
            for (int i = out.size() - 1; i >= Math.max(0, out.size() - LOOK_BACK) && target == null; i--) {
                if (compatible(out.get(i), f, i == out.size() - 1)) {
                    target = out.get(i);
                }
            }
            if (target != null) {
                target.frames.add(f);
            } else if (standalone(f, out.isEmpty() && f == firstBody(frames))) {
                out.add(new Incident(f));
            }
        }
        if (out.isEmpty() && !headlines.isEmpty()) {
            // headline-only input (feeds, monitor lines): the headline is the report
            for (Frame f : headlines) {
                Incident target = out.isEmpty() || !compatible(out.get(out.size() - 1), f, true) ? null : out.get(out.size() - 1);
                if (target != null) {
                    target.frames.add(f);
                } else if (standalone(f, out.isEmpty()) || headlineStands(f)) {
                    out.add(new Incident(f));
                }
            }
            return out;
        }
        for (Frame h : headlines) {
            for (Incident inc : out) {
                if (inc.type().type().family() == h.type().type().family() && placesAgree(inc.place(), h.place())) {
                    inc.frames.add(0, h);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A headline that is the whole report ("Police, Military Troops Killed in Fighting With Arakan Army") is
     * as much as a monitor or a feed gives: violence named with a clear cue, or done to someone, stands.
     */
    static boolean headlineStands(Frame f) {
        return f.type().type().isViolent() && f.maxCue() >= MIN_STANDALONE_CUE && (!f.weakType() || !f.mentions().isEmpty());
    }

    /** Cue weight below which a frame without counts never stands as an event of its own. */
    static final int MIN_STANDALONE_CUE = 3;

    static boolean standalone(Frame f, boolean lead) {
        if (f.maxCue() < MIN_STANDALONE_CUE && !f.hasCasualties()) {
            return false;
        }
        boolean specificPlace = f.place() != null && f.place().precision() < 3;
        if (f.type().type().isViolent() || f.type().type() == EventType.PROTESTS || f.type().type() == EventType.RIOTS) {
            // "sporadic clashes have continued": violence with neither place nor victims, told in passing, is
            // background; the report's own lead, or a count of victims, is an event even where the place is vague
            return specificPlace || f.hasCasualties() || (lead && f.maxCue() >= STRONG_CUE && !f.weakType());
        }
        // "Bomb disposal experts defused an explosive device near the school": a lead with a decisive cue stands
        return specificPlace || !f.mentions().isEmpty() || (lead && f.maxCue() >= Lexicon.MAX_CUE_WEIGHT && !f.weakType());
    }

    /** Cue weight from which a report's lead sentence stands as an event without a precise place (GrouperTest). */
    static final int STRONG_CUE = 4;

    private static Frame firstBody(List<Frame> frames) {
        return frames.stream().filter(f -> !f.headline()).findFirst().orElse(null);
    }

    private static boolean compatible(Incident inc, Frame f, boolean mostRecent) {
        if (f.separate()) {
            return false;
        }
        SubEventType it = inc.type();
        boolean sameParagraph = inc.last().sentence().paragraph() == f.sentence().paragraph();
        // "Missiles struck near the airport, killing three soldiers; air defences intercepted most of them": an
        // attack that got through, partly intercepted, is one event, the attack (told right after, no other place)
        if (f.type() == SubEventType.DISRUPTED_WEAPONS_USE && it.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && mostRecent
                && specific(f.place()) == null && inc.frames.stream().anyMatch(Frame::hasCasualties)
                && f.sentence().paragraph() - inc.last().sentence().paragraph() <= 1
                && (!f.explicitDate() || inc.date() == null || inc.date().equals(f.date()))) {
            return true;
        }
        // a sentence that only counts the hurt ("Several policemen were injured.") belongs to the incident told
        // just before it, whatever its kind
        boolean countsOnly = f.weakType() && (sameParagraph || it.type().isViolent());
        if (it.type().family() != f.type().type().family() && !countsOnly) {
            return false;
        }
        if (it.type().family() == EventType.Family.STRATEGIC_DEVELOPMENTS && (it != f.type() && !f.weakType())) {
            return false;
        }
        // one incident, one kind of violence: a clash absorbs the shelling inside it, but an air raid
        // beside a shelling is an event of its own
        if (it.type().family() == EventType.Family.POLITICAL_VIOLENCE && !f.weakType() && it != f.type() && it != SubEventType.ARMED_CLASH
                && f.type() != SubEventType.ARMED_CLASH) {
            return false;
        }
        // "... shelled the villages on Monday. / The shelling lasted for hours and a woman was injured.": the next
        // paragraph goes on with the same kind of event, with no place or day of its own: the same event
        if (mostRecent && !f.weakType() && f.type() == it && specific(f.place()) == null && !f.explicitDate()
                && f.sentence().paragraph() == inc.last().sentence().paragraph() + 1
                && (f.status() == Status.PLANNED) == (inc.lead().status() == Status.PLANNED)) {
            return true;
        }
        if ((inc.lead().status() == Status.PLANNED) != (f.status() == Status.PLANNED) && it.type().family() == EventType.Family.STRATEGIC_DEVELOPMENTS) {
            return false;
        }
        LocalDate d = inc.date();
        if (f.explicitDate() && d != null && !d.equals(f.date())) {
            return false;
        }
        Place p = inc.place();
        Place q = specific(f.place());
        if (q != null && specific(p) != null) {
            return placesAgree(p, q);
        }
        if (q != null) {
            return sameParagraph;
        }
        return sameParagraph || (mostRecent && sharesActor(inc, f));
    }

    private static Place specific(Place p) {
        return p == null || p.precision() == 3 && p.featureCode().startsWith("PCL") ? null : p;
    }

    private static boolean placesAgree(Place a, Place b) {
        if (a == null || b == null) {
            return true;
        }
        return SamePlace.near(a, b);
    }

    private static boolean sharesActor(Incident inc, Frame f) {
        for (Frame g : inc.frames) {
            for (Mention a : g.mentions()) {
                for (Mention b : f.mentions()) {
                    if (a.kind() == b.kind() && Objects.equals(a.country(), b.country())
                            && Objects.equals(a.named(), b.named()) && !a.isCivilian()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
