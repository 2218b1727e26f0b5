package org.sitrep.extract;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.InPassing;
import org.sitrep.geo.NameKey;
import org.sitrep.geo.PlaceReader;
import org.sitrep.geo.Resolved;
import org.sitrep.geo.Toponym;
import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Inter;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the actors of a sentence: named groups from actors.tsv, tribes, common nouns from
 * actor-nouns.tsv with the nationality written before them ("Turkish troops"), and states named as
 * the subject or object of a verb ("Turkey launched"). Asides that describe a group, speakers and
 * nouns used as adjectives name no side. {@link Roles} then gives each its part in the event.
 */
final class ActorFinder {
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    ActorFinder(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    /** The actors of a sentence with their roles, and apart, those that only speak ("Iraqi officials said"). */
    record Found(List<Mention> actors, List<Mention> speakers) {
    }

    List<Mention> find(TaggedSentence s, List<Resolved> places) {
        return findAll(s, places).actors();
    }

    Found findAll(TaggedSentence s, List<Resolved> places) {
        List<Token> toks = s.tokens();
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        for (var m : s.all(lex.actors())) {
            if (PlaceReader.usedAsPlace(s, m.start(), m.end())) {
                continue; // "raided houses in Al-Hirak town": the Syrian town, not Yemen's Hirak movement
            }
            mark(used, m.start(), m.end());
            out.add(new Mention(m.start(), m.end(), ActorKind.NAMED, m.value().home(), m.value(), null, false));
        }
        tribes(s, used, out);
        for (var m : s.all(lex.actorNouns())) {
            if (used[m.start()] || isAdjectival(s, m.start(), m.end())) {
                continue;
            }
            int start = m.start(), end = m.end();
            ActorKind kind = m.value();
            int nat = nationalityIndex(s, start);
            String country = nat < 0 ? "" : countryOf(toks.get(nat).text());
            Mention name = endingAt(out, nat >= 0 ? nat : start);
            if (name == null) {
                name = endingAt(out, start);
            }
            if (name != null && name.named() != null) {
                // "Islamic State fighters", "Turkish-backed factions": the noun belongs to the name
                out.remove(name);
                out.add(new Mention(name.start(), end, name.kind(), name.country(), name.named(), null, false));
                mark(used, start, end);
                continue;
            }
            boolean afterNoun = !out.isEmpty() && out.get(out.size() - 1).named() == null
                    && out.get(out.size() - 1).end() == start;
            if (kind == ActorKind.WEAPON && country.isEmpty() && !afterNoun) {
                continue; // "artillery shells struck": the weapon names no one; "Israeli missiles" names a state
            }
            int demonymStart = nat >= 0 ? nat : start;
            Mention run = endingAt(out, start);
            if (run != null && run.named() == null) {
                // a run of nouns is one actor: "regime soldiers", "military delegations", "militia proxies"
                out.remove(run);
                start = run.start();
                country = run.country().isEmpty() ? country : run.country();
                kind = ActorKind.stronger(run.kind(), kind);
                demonymStart = Math.min(demonymStart, run.start());
            } else if (nat >= 2 && s.word(nat - 1).equals("and")) {
                // "Turkish and Russian delegations": a second nationality names a second actor
                var other = gazetteer.countryByKey(NameKey.of(toks.get(nat - 2).text()));
                final int at = nat - 2;
                if (other.isPresent() && !other.get().country().iso2().equals(country)
                        && out.stream().noneMatch(x -> x.start() == at)) {
                    out.add(new Mention(at, at + 1, kind, other.get().country().iso2(), null, null, false));
                }
            }
            mark(used, start, end);
            out.add(new Mention(demonymStart, end, kind, country, null, null, false));
        }
        states(s, places, used, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.replaceAll(m -> formerly(s, m.start()) ? new Mention(m.start(), m.end(), ActorKind.CIVILIANS, m.country(),
                null, null, false) : m);
        List<Mention> all = withoutAppositions(s, ofNamed(s, out));
        List<Mention> acting = withoutSpeakers(s, all);
        List<Mention> speakers = all.stream().filter(m -> !acting.contains(m)).toList();
        return new Found(Roles.assign(s, acting), speakers);
    }

    /** A state named as the subject of a verb ("Turkey launched", "Turkey and Russia agreed") or its object. */
    private void states(TaggedSentence s, List<Resolved> places, boolean[] used, List<Mention> out) {
        List<Token> toks = s.tokens();
        for (Resolved r : places) {
            // a country's own name, though it qualifies an actor ("Burma airstrike killed"), may be the state acting
            boolean named = r.toponym().kind() == Toponym.Kind.COUNTRY || r.toponym().kind() == Toponym.Kind.DEMONYM
                    && gazetteer.countryByKey(NameKey.of(r.toponym().text())).filter(c -> !c.demonym()).isPresent();
            if (!named || r.place().isAdmin1()) { // "Georgia", the US state, is no state actor
                continue;
            }
            int ti = s.sentence().tokenIndex(r.toponym().start());
            int te = s.sentence().tokenIndex(r.toponym().end() - 1) + 1;
            String prev = s.word(ti - 1);
            int after = te;
            if (s.word(after).equals("and") && after + 1 < toks.size() && toks.get(after + 1).isCapitalized()) {
                after += 2; // "Turkey and Russia agreed": look past the second state
            }
            if (te < toks.size() && (toks.get(te).text().equals("'s") || toks.get(te).text().equals("\u2019s"))) {
                continue; // "Yemen's Houthi rebels": the state owns the name of another actor, it does not act
            }
            boolean subject = after < toks.size() && Roles.verbLike(s, after);
            // ... but "the border with Jordan", "a crossing with Turkey" name where, not whom
            boolean object = prev.equals("with") && !InPassing.borderWith(s, ti) || prev.equals("by") || prev.equals("against");
            if ((subject || object) && !used[ti]) {
                mark(used, ti, te);
                out.add(new Mention(ti, te, ActorKind.GOVERNMENT, r.place().countryCode(), null, null, false));
            }
        }
    }

    /**
     * "fighters of the Aqidat tribe", "Shammar tribesmen": ACLED names a tribe's fighters "{Tribe} Tribal
     * Militia ({country})", an identity militia (inter 4).
     */
    private static void tribes(TaggedSentence s, boolean[] used, List<Mention> out) {
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size(); i++) {
            String w = s.word(i);
            if (!(w.equals("tribe") || w.equals("tribesmen") || w.equals("clan")) || used[i]) {
                continue;
            }
            int start = i;
            while (start > 0 && toks.get(start - 1).isCapitalized() && !used[start - 1]
                    && Character.isLetter(toks.get(start - 1).text().charAt(0))) {
                start--;
            }
            if (start == i || start == 0 && i - start == 1 && s.word(0).equals("the")) {
                continue; // "the tribe", "Tribe" alone: no name
            }
            String name = toks.subList(start, i).stream().map(Token::text).collect(Collectors.joining(" "));
            if (name.equalsIgnoreCase("arab") || name.equalsIgnoreCase("kurdish") || name.equalsIgnoreCase("the")) {
                continue;
            }
            mark(used, start, i + 1);
            out.add(new Mention(start, i + 1, ActorKind.NAMED, "", new Lexicon.NamedActor(name
                    + " Tribal Militia ({country})", Inter.IDENTITY_MILITIAS, "", null), null, false));
        }
    }

    /** "fighters of the Aqidat tribe", "members of the SDF": the noun is the named group's people. */
    private static List<Mention> ofNamed(TaggedSentence s, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.named() == null && i + 1 < ms.size() && ms.get(i + 1).named() != null && s.word(m.end()).equals("of")) {
                int gap = ms.get(i + 1).start() - m.end();
                if (gap == 1 || gap == 2 && s.word(m.end() + 1).equals("the")) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * "the Sinjar Resistance Units (YBS), an armed group affiliated with the PKK, ...": the apposition
     * describes the group just named; neither the generic noun nor the group it is tied to is another side.
     */
    private static List<Mention> withoutAppositions(TaggedSentence s, List<Mention> ms) {
        List<Token> toks = s.tokens();
        List<Mention> out = new ArrayList<>();
        Mention prevNamed = null;
        boolean describing = false;
        for (Mention m : ms) {
            int k = m.start() - 1;
            boolean apposition = false;
            if (prevNamed != null && k >= 1 && (s.word(k).equals("a") || s.word(k).equals("an"))) {
                int c = k - 1;
                while (c > prevNamed.end() && !toks.get(c).text().equals(",")) {
                    c--;
                }
                apposition = toks.get(c).text().equals(",") && c - prevNamed.end() <= 3 && m.named() == null;
            }
            if (apposition) {
                describing = true; // what follows in the same aside describes the group too
                continue;
            }
            int describer = describer(s, m.start());
            // "The SDF, backed by the US-led coalition, arrested ...", or inside the apposition: who backs the
            // group, or whom it is tied to, is no side
            boolean aside = prevNamed != null && describer >= 1 && toks.get(describer - 1).text().equals(",");
            if (describer >= 0 && (describing || aside)) {
                continue;
            }
            describing = false;
            if (m.named() != null) {
                prevNamed = m;
            }
            out.add(m);
        }
        return out;
    }

    /** Index of the describing word just before {@code start} ("backed by the", "affiliated with"), or -1. */
    private static int describer(TaggedSentence s, int start) {
        int i = start - 1;
        if (s.word(i).equals("the")) {
            i--;
        }
        String w = s.word(i);
        if (w.equals("by") || w.equals("with") || w.equals("to") || w.equals("of")) {
            i--;
        }
        return s.is(i, WordList.DESCRIBING_WORDS) ? i : -1;
    }

    /** "a former rebel commander": who has left an armed group is a civilian in ACLED's terms. */
    private static boolean formerly(TaggedSentence s, int start) {
        for (int k = Math.max(0, start - 2); k < start; k++) {
            if (s.word(k).equals("former") || s.word(k).equals("ex")) {
                return true;
            }
        }
        return s.word(start).startsWith("ex-");
    }

    /** "Iraqi officials said": who speaks or accuses is not who acts, unless it speaks of itself. */
    private static List<Mention> withoutSpeakers(TaggedSentence s, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (s.is(m.end(), WordList.SPEECH_VERBS) && !m.isCivilian() && !speaksOfItself(s, m.end() + 1)) {
                continue;
            }
            if (s.is(m.end(), WordList.FINDING_VERBS) && deadWithin(s, m.end() + 1)) {
                continue; // "Police found the body of a man": who finds the dead did not kill them
            }
            out.add(m);
        }
        return out;
    }

    /** Remains or a killing named within {@link #FOUND_SPAN} words from {@code from}: "found the body", "found two bodies". */
    private static boolean deadWithin(TaggedSentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + FOUND_SPAN); k++) {
            var cue = s.at(s.lexicon().cues(), k);
            if (s.is(k, WordList.REMAINS_WORDS) || cue != null && cue.value().kind() == org.sitrep.lexicon.CueKind.KILL) {
                return true;
            }
        }
        return false;
    }

    /** How far after a finding verb its dead may be named: "found the lifeless body" (CasualtyTest). */
    static final int FOUND_SPAN = 4;

    /**
     * "The coalition said on Thursday it had intercepted a drone": who speaks of what it did itself is
     * the actor (an "it", "its", "they" or "their" right after the speech verb).
     */
    private static boolean speaksOfItself(TaggedSentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 6); k++) {
            String w = s.word(k);
            if (w.equals("it") || w.equals("its") || w.equals("they") || w.equals("their")) {
                return true;
            }
            if (w.equals(",") || w.equals(".") || s.tokens().get(k).isCapitalized() && !s.is(k, WordList.WEEKDAYS)) {
                return false; // another clause or another subject
            }
        }
        return false;
    }

    /** "rebel-held towns", "military base", "army positions": a noun used as an adjective names no actor. */
    private boolean isAdjectival(TaggedSentence s, int start, int end) {
        String first = s.word(start);
        if (first.endsWith("-held") || first.endsWith("-controlled") || first.endsWith("-run") || first.endsWith("-led")) {
            return true;
        }
        if (end - start == 1 && (first.equals("military") || first.equals("security") || first.equals("army")
                || first.equals("police")) && end < s.size()) {
            // "a military base" names no one; "Iranian military positions" name whose they are
            return s.is(end, WordList.MODIFIED_NOUNS) && nationalityIndex(s, start) < 0;
        }
        return false;
    }

    private String countryOf(String word) {
        return gazetteer.countryByKey(NameKey.of(word)).map(c -> c.country().iso2()).orElse("");
    }

    /** Index of the nationality word before an actor noun ("Syrian regime soldiers"), or -1. */
    private int nationalityIndex(TaggedSentence s, int start) {
        List<Token> toks = s.tokens();
        if (s.word(start - 1).equals("its") || s.word(start - 1).equals("their")) {
            // "the Turkish Defence Ministry said its forces ...": the owner named earlier in the sentence
            for (int k = start - 2; k >= 0; k--) {
                if (toks.get(k).isCapitalized() && gazetteer.countryByKey(NameKey.of(toks.get(k).text())).isPresent()) {
                    return k;
                }
            }
            return -1;
        }
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            String w = toks.get(k).text();
            if (!Character.isUpperCase(w.isEmpty() ? 'a' : w.charAt(0))) {
                if (s.lexicon().words(WordList.NATIONALITY_BRIDGES).contains(w)) {
                    continue;
                }
                return -1;
            }
            if (gazetteer.countryByKey(NameKey.of(w)).isPresent()) {
                return k;
            }
        }
        return -1;
    }

    private static Mention endingAt(List<Mention> ms, int end) {
        for (Mention m : ms) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to && i < used.length; i++) {
            used[i] = true;
        }
    }
}
