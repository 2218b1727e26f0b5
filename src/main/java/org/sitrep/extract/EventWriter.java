package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.Inter;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnalyzedText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns grouped frames into {@link Event}s: actors, figures, sources, notes, evidence, confidence. */
final class EventWriter {
    private static final Set<SubEventType> UNKNOWN_PERPETRATOR = Set.of(SubEventType.REMOTE_EXPLOSIVE,
            SubEventType.ATTACK, SubEventType.ABDUCTION, SubEventType.GRENADE, SubEventType.SUICIDE_BOMB,
            SubEventType.ARMED_CLASH, SubEventType.SEXUAL_VIOLENCE);

    private final Lexicon lex;
    private final ActorNamer actors;
    private final NoteWriter notes;

    EventWriter(Lexicon lex, ActorNamer actors) {
        this.lex = lex;
        this.actors = actors;
        this.notes = new NoteWriter(lex::typeInfo);
    }

    /** Where the date of an event comes from when its own sentences give none. */
    enum DateBasis {
        /** the article's lead event: an exact day */
        TEXT,
        /** the publication date: ACLED's "only the month is known", time_precision 3 */
        PUBLISHED,
        /** the day the article arrived, for an article without a publication date: time_precision 3, noted */
        RECEIVED
    }

    /** The date of events whose sentences give none; {@code date} is null only when the caller knows no day at all. */
    record Fallback(LocalDate date, DateBasis basis) {
    }

    List<Event> write(Article article, AnalyzedText doc, List<Grouper.Incident> incidents, Fallback fallback,
                      String focus, Place focusPlace) {
        List<Event> out = new ArrayList<>();
        for (Grouper.Incident inc : incidents) {
            Event e = write(article, doc, inc, fallback, focus, focusPlace);
            out.add(inheritAttacker(e, out));
        }
        return out;
    }

    private static final Set<SubEventType> REMOTE = Set.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING);

    /**
     * "Three more were killed in a separate drone strike": an air or artillery strike whose attacker the
     * sentence leaves out is by the attacker of the article's earlier strike of that kind.
     */
    private static Event inheritAttacker(Event e, List<Event> earlier) {
        if (!REMOTE.contains(e.subEventType()) || e.actor1() == null || !e.actor1().name().startsWith("Unidentified")) {
            return e;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event p = earlier.get(i);
            if (p.subEventType() == e.subEventType() && p.actor1() != null && !p.actor1().name().startsWith("Unidentified")) {
                Actor a = p.actor1();
                String here = e.place() == null ? "" : e.place().countryCode();
                Inter inter = (a.inter() == Inter.STATE_FORCES || a.inter() == Inter.EXTERNAL_FORCES) && !a.country().isEmpty()
                        && !here.isEmpty() ? (a.country().equals(here) ? Inter.STATE_FORCES : Inter.EXTERNAL_FORCES) : a.inter();
                return new Event(e.articleId(), e.eventId(), e.date(), e.timePrecision(), e.status(), e.subEventType(),
                        new Actor(a.name(), inter, a.country()), e.actor2(), p.assoc1(), e.assoc2(), e.place(),
                        e.placeText(), e.casualties(), e.sources(), e.certainty(), e.cameoCode(), e.confidence(),
                        e.notes().replace(e.actor1().name(), a.name()), e.evidence());
            }
        }
        return e;
    }

    private Event write(Article article, AnalyzedText doc, Grouper.Incident inc, Fallback fallback,
                        String focus, Place focusPlace) {
        inc.frames.sort(Comparator.comparingInt(f -> f.sentence().index()));
        Frame lead = inc.lead();
        SubEventType type = inc.type();
        Place place = inc.place() != null ? inc.place() : focusPlace;
        String country = place != null ? place.countryCode() : focus;
        LocalDate date = inc.anyDate();
        int timePrecision = 1;
        String dateNote = "";
        if (date == null) {
            date = fallback.date();
            timePrecision = fallback.basis() == DateBasis.TEXT ? 1 : 3;
            if (fallback.basis() == DateBasis.RECEIVED && date != null) {
                dateNote = " The report gives no date and has no publication date: coded on the day it was received.";
            }
        } else {
            for (Frame f : inc.frames) {
                if (f.explicitDate()) {
                    timePrecision = f.datePrecision();
                    break;
                }
            }
        }
        Status status = lead.status();
        if (type.type() == EventType.STRATEGIC_DEVELOPMENTS
                && inc.frames.stream().anyMatch(f -> f.status() == Status.PLANNED)) {
            status = Status.PLANNED;
        }
        Cast cast = cast(inc, type, country, date);
        Casualties cas = casualties(inc);
        List<Source> sources = new ArrayList<>();
        for (Frame f : inc.frames) {
            for (Source s : f.sources()) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
        }
        if (article.source() != null && !article.source().isBlank()
                && sources.stream().noneMatch(s -> s.name().equalsIgnoreCase(article.source()))) {
            sources.add(new Source(article.source(), Source.Kind.PUBLISHER));
        }
        Map<Integer, Span> spans = new TreeMap<>();
        for (Frame f : inc.frames) {
            spans.putIfAbsent(f.sentence().start(), Span.of(doc.text(), f.sentence().start(), f.sentence().end()));
        }
        String placeText = inc.frames.stream().map(Frame::placeText).filter(s -> !s.isEmpty()).findFirst().orElse("");
        double confidence = confidence(inc, type, place, cas, cast);
        String id = eventId(article.id(), lead.sentence().start(), type);
        Event draft = new Event(article.id(), id, date, timePrecision, status, type, cast.a1, cast.a2, cast.assoc1,
                cast.assoc2, place, placeText, cas, sources, lead.certainty(), lex.typeInfo(type).cameo(), confidence,
                "", List.copyOf(spans.values()));
        int claimed = cas.fatalities() > 0 ? 0 : inc.frames.stream().mapToInt(Frame::claimedFatalities).max().orElse(0);
        String claim = claimed == 0 ? "" : " " + NoteWriter.claim(claimed);
        return new Event(draft.articleId(), id, date, timePrecision, status, type, cast.a1, cast.a2, cast.assoc1,
                cast.assoc2, place, placeText, cas, sources, lead.certainty(), draft.cameoCode(), confidence,
                notes(draft) + claim + dateNote, draft.evidence());
    }

    private record Cast(Actor a1, Actor a2, List<Actor> assoc1, List<Actor> assoc2) {
    }

    private Cast cast(Grouper.Incident inc, SubEventType type, String country, LocalDate date) {
        // Unique actors in text order, each with the role and side of its first mention.
        Map<String, Actor> byName = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        Map<String, String> sideOf = new LinkedHashMap<>();
        boolean bodyHasActors = inc.frames.stream().anyMatch(f -> !f.headline() && !f.mentions().isEmpty());
        // The lead sentence names the sides; later sentences add detail (a video, a quote) and come after it.
        List<Frame> ordered = new ArrayList<>();
        ordered.add(inc.lead());
        inc.frames.stream().filter(f -> f != inc.lead()).forEach(ordered::add);
        java.util.Set<String> leadNames = new java.util.HashSet<>();
        for (Frame f : ordered) {
            if (f.headline() && bodyHasActors) {
                continue; // headline grammar ("bomb hits army patrol") misleads roles; the body says it fully
            }
            String leader = null;
            Actor prevActor = null;
            for (Mention m : f.mentions()) {
                Actor a = actors.actor(m, country);
                if (type.type().isViolent() && a.name().startsWith("Government of ")) {
                    // "Turkey clashes with ...": in fighting, a state acts through its forces
                    a = new Actor("Military Forces of " + a.name().substring("Government of ".length()), a.inter(),
                            a.country());
                }
                if (m.coordinated() && prevActor != null && prevActor.inter() == Inter.EXTERNAL_FORCES && m.named() == null
                        && (m.kind() == ActorKind.MILITIA || m.kind() == ActorKind.REBELS)) {
                    Lexicon.NamedActor proxy = actors.proxyOf(prevActor.country(), country);
                    if (proxy != null) {
                        a = actors.actor(new Mention(m.start(), m.end(), ActorKind.NAMED, proxy.home(), proxy, m.role(), true),
                                country);
                    }
                }
                a = actors.inPeriod(a, date);
                if (!m.coordinated()) {
                    leader = a.name();
                }
                if (f == ordered.get(0)) {
                    leadNames.add(a.name());
                }
                if (!byName.containsKey(a.name())) {
                    byName.put(a.name(), a);
                    first.put(a.name(), m);
                    sideOf.put(a.name(), m.coordinated() && leader != null ? leader : a.name());
                }
                prevActor = a;
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        String a1 = null, a2 = null;
        EventType et = type.type();
        if (et == EventType.PROTESTS || et == EventType.RIOTS) {
            a1 = names.stream().filter(n -> byName.get(n).inter().isDemonstrators()).findFirst().orElse(null);
        }
        for (List<String> pool : List.of(names.stream().filter(leadNames::contains).toList(), names)) {
            for (Mention.Role role : List.of(Mention.Role.AGENT, Mention.Role.PARTY)) {
                if (a1 == null) {
                    a1 = pool.stream().filter(n -> first.get(n).role() == role && byName.get(n).inter() != Inter.CIVILIANS
                            && sideOf.get(n).equals(n)).findFirst().orElse(null);
                }
            }
        }
        if (a1 == null && !UNKNOWN_PERPETRATOR.contains(type)) {
            a1 = names.stream().filter(n -> byName.get(n).inter() != Inter.CIVILIANS && sideOf.get(n).equals(n)
                    && (first.get(n).role() != Mention.Role.TARGET || !et.isViolent())).findFirst().orElse(null);
        }
        final String lead1 = a1;
        boolean battle = et == EventType.BATTLES;
        List<String> others = names.stream().filter(n -> !n.equals(lead1) && !sideOf.get(n).equals(lead1)
                && sideOf.get(n).equals(n)).toList();
        a2 = others.stream().filter(n -> !battle || byName.get(n).inter() != Inter.CIVILIANS).findFirst()
                .orElse(battle ? null : others.stream().findFirst().orElse(null));
        Actor actor1 = a1 == null ? null : byName.get(a1);
        Actor actor2 = a2 == null ? null : byName.get(a2);
        if (et == EventType.PROTESTS || et == EventType.RIOTS) {
            // demonstrators are the first actor; violent ones are rioters in ACLED's terms
            boolean riot = et == EventType.RIOTS;
            String who = (riot ? "Rioters (" : "Protesters (") + actors.countryName(country) + ")";
            if (actor1 == null || actor1.inter().code() >= Inter.RIOTERS.code()) { // demonstrators, civilians, foreign forces
                actor1 = new Actor(who, riot ? Inter.RIOTERS : Inter.PROTESTERS, country);
            } else if (!actor1.inter().isDemonstrators()) {
                // "Riot police dispersed students": the police intervened; the demonstrators lead the event
                actor2 = actor1;
                actor1 = new Actor(who, riot ? Inter.RIOTERS : Inter.PROTESTERS, country);
            }
            if (actor2 != null && (actor2.inter() == Inter.PROTESTERS || (!riot && actor2.inter() == Inter.CIVILIANS))) {
                actor2 = null;
            }
            if (type == SubEventType.PEACEFUL_PROTEST) {
                actor2 = null; // "chanting against the government": whom a protest addresses is no party to it
            }
            if (type == SubEventType.EXCESSIVE_FORCE && actor2 != null) {
                // the codebook's violence against protesters: the force that used it acts, the protesters suffer
                Actor force = actor2;
                actor2 = actor1;
                actor1 = force;
            }
        }
        if (actor1 == null && actor2 != null && et.isViolent()) {
            Actor unknown = actors.unidentified(country);
            if (unknown.name().equals(actor2.name())) {
                actor1 = actor2; // the unidentified group was named as the target by mistake: it acted
                actor2 = null;
            } else {
                actor1 = unknown;
            }
        }
        if (actor1 == null && actor2 == null && UNKNOWN_PERPETRATOR.contains(type) && et.isViolent()) {
            actor1 = actors.unidentified(country);
        }
        if (et == EventType.VIOLENCE_AGAINST_CIVILIANS && actor2 == null && actor1 != null && actor1.inter() != Inter.CIVILIANS) {
            // "gunmen shot dead a former commander": violence against civilians has civilian victims by definition
            actor2 = new Actor("Civilians (" + actors.countryName(country) + ")", Inter.CIVILIANS, country);
        }
        final String s1 = a1, s2 = a2;
        List<Actor> assoc1 = names.stream().filter(n -> s1 != null && !n.equals(s1) && sideOf.get(n).equals(s1))
                .map(byName::get).toList();
        List<Actor> assoc2 = names.stream().filter(n -> s2 != null && !n.equals(s2) && sideOf.get(n).equals(s2))
                .map(byName::get).toList();
        return new Cast(actor1, actor2, assoc1, assoc2);
    }

    /**
     * The same people are often counted twice in one report (the lead and a quote): the larger figure
     * stands. Counts introduced with "also", "another", "other" are different people and add up.
     */
    private static Casualties casualties(Grouper.Incident inc) {
        Casualties total = null;
        Set<ActorKind> counted = java.util.EnumSet.noneOf(ActorKind.class);
        Casualties headline = Casualties.NONE;
        for (Frame f : inc.frames) {
            Casualties c = f.casualties();
            if (f.headline()) {
                headline = headline.fuller(c); // a headline restates the body's figures: never added to them
                continue;
            }
            // "Six soldiers were killed ... 12 militants were neutralised": counts of other people add up
            boolean others = !counted.isEmpty() && !f.victims().isEmpty()
                    && f.victims().stream().noneMatch(counted::contains);
            if (total == null) {
                total = c;
            } else if (others || f.tagged().any(WordList.ADDITIVE_WORDS)) {
                total = total.plus(c);
            } else {
                total = total.fuller(c);
            }
            counted.addAll(f.victims());
        }
        return total == null ? headline : total.fuller(headline);
    }

    /**
     * Salience, not probability: a strong cue, a specific place, counts, two actors and the article's
     * lead paragraph each add; a plan or a weak cue lowers it. The most salient event of an article
     * comes out with the highest value.
     */
    private static double confidence(Grouper.Incident inc, SubEventType type, Place place, Casualties c, Cast cast) {
        Frame lead = inc.lead();
        double s = 0.2 + 0.05 * Math.min(6, inc.frames.stream().mapToInt(Frame::maxCue).max().orElse(0));
        if (place != null && place.precision() < 3) {
            s += 0.15;
        }
        if (c.fatalities() > 0 || c.injuries() != null || c.captured() != null) {
            s += 0.15;
        }
        if (cast.a1 != null && cast.a2 != null) {
            s += 0.1;
        }
        if (lead.sentence().paragraph() <= 2) {
            s += 0.1;
        }
        s += 0.02 * Math.min(5, inc.frames.size());
        if (lead.status() == Status.PLANNED || type == SubEventType.OTHER) {
            s -= 0.2;
        }
        return Math.round(Math.max(0.05, Math.min(0.99, s)) * 100) / 100.0;
    }

    /** The report's notes: {@link NoteWriter} with this lexicon's predicates. */
    private String notes(Event e) {
        return notes.write(e);
    }

    static String eventId(String articleId, int offset, SubEventType type) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((articleId + "|" + offset + "|" + type.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
