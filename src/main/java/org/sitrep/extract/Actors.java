package org.sitrep.extract;

import org.sitrep.geo.Country;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.NameKey;
import org.sitrep.geo.Resolved;
import org.sitrep.geo.Toponym;
import org.sitrep.model.Actor;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors of a sentence and names them in ACLED's style. Named groups come from actors.tsv;
 * common nouns ("troops", "civilians") from actor-nouns.tsv take the nationality written before them
 * ("Turkish troops" → Military Forces of Turkey) or else the event's country. State forces outside
 * their own country are external forces (inter 8).
 */
final class Actors {
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    private static final Set<String> PARTY_WORDS = Set.of("with", "against", "between", "and");
    private static final Set<String> RECIPROCAL = Set.of("clashed", "fought", "clash", "fight", "exchanged", "battled",
            "skirmished", "agreed", "signed", "reached", "met", "negotiated");
    private static final Set<String> COORDINATORS = Set.of("and", "alongside", "backed", "by", "their", "its", "his",
            "allied", ",", "proxy"); // "Turkish forces and their proxy factions"

    private final Lexicon lex;
    private final Gazetteer gazetteer;

    Actors(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    List<Mention> find(List<Token> toks, List<Resolved> places, String eventCountry) {
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[toks.size()];
        for (var m : lex.actors.findAll(toks)) {
            mark(used, m.start(), m.end());
            out.add(new Mention(m.start(), m.end(), "named", m.value().home(), m.value(), null, false));
        }
        tribes(toks, used, out);
        for (var m : lex.actorNouns.findAll(toks)) {
            if (used[m.start()] || isAdjectival(toks, m.start(), m.end())) {
                continue;
            }
            int start = m.start(), end = m.end();
            String kind = m.value();
            String country = nationalityBefore(toks, start);
            int natIdx = nationalityIndex(toks, start);
            Mention name = endingAt(out, natIdx >= 0 ? natIdx : start);
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
            if ("weapon".equals(kind) && country.isEmpty() && !afterNoun) {
                continue; // "artillery shells struck": the weapon names no one; "Israeli missiles" names a state
            }
            int nat = nationalityIndex(toks, start);
            int demonymStart = nat >= 0 ? nat : start;
            Mention run = endingAt(out, start);
            if (run != null && run.named() == null) {
                // a run of nouns is one actor: "regime soldiers", "military delegations", "militia proxies"
                out.remove(run);
                start = run.start();
                country = run.country().isEmpty() ? country : run.country();
                kind = strongerKind(run.kind(), kind);
                demonymStart = Math.min(demonymStart, run.start());
            } else if (nat >= 2 && toks.get(nat - 1).lower().equals("and")) {
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
        // a state named as the subject of a verb: "Turkey launched", "Turkey and Russia agreed"
        for (Resolved r : places) {
            if (r.toponym().kind() != Toponym.Kind.COUNTRY) {
                continue;
            }
            int ti = index(toks, r.toponym().start());
            int te = index(toks, r.toponym().end() - 1) + 1;
            String prev = ti > 0 ? toks.get(ti - 1).lower() : "";
            int after = te;
            if (after + 1 < toks.size() && toks.get(after).lower().equals("and") && toks.get(after + 1).isCapitalized()) {
                after += 2; // "Turkey and Russia agreed": look past the second state
            }
            if (te < toks.size() && (toks.get(te).text().equals("'s") || toks.get(te).text().equals("\u2019s"))) {
                continue; // "Yemen's Houthi rebels": the state owns the name of another actor, it does not act
            }
            boolean subject = after < toks.size() && isVerbLike(toks, after);
            boolean object = prev.equals("with") || prev.equals("by") || prev.equals("against");
            if ((subject || object) && !used[ti]) {
                mark(used, ti, te);
                out.add(new Mention(ti, te, "government", r.place().countryCode(), null, null, false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.replaceAll(m -> formerly(toks, m.start()) ? new Mention(m.start(), m.end(), "civilians", m.country(), null,
                null, false) : m);
        return roles(toks, withoutSpeakers(toks, withoutAppositions(toks, ofNamed(toks, out))));
    }

    /**
     * "fighters of the Aqidat tribe", "Shammar tribesmen": ACLED names a tribe's fighters "{Tribe} Tribal
     * Militia ({country})", an identity militia (inter 4).
     */
    private static void tribes(List<Token> toks, boolean[] used, List<Mention> out) {
        for (int i = 1; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            if (!(w.equals("tribe") || w.equals("tribesmen") || w.equals("clan")) || used[i]) {
                continue;
            }
            int start = i;
            while (start > 0 && toks.get(start - 1).isCapitalized() && !used[start - 1]
                    && Character.isLetter(toks.get(start - 1).text().charAt(0))) {
                start--;
            }
            if (start == i || start == 0 && i - start == 1 && toks.get(0).lower().equals("the")) {
                continue; // "the tribe", "Tribe" alone: no name
            }
            String name = toks.subList(start, i).stream().map(Token::text).collect(java.util.stream.Collectors.joining(" "));
            if (name.equalsIgnoreCase("arab") || name.equalsIgnoreCase("kurdish") || name.equalsIgnoreCase("the")) {
                continue;
            }
            mark(used, start, i + 1);
            out.add(new Mention(start, i + 1, "named", "", new Lexicon.NamedActor(name + " Tribal Militia ({country})", 4,
                    "", null), null, false));
        }
    }

    /** "fighters of the Aqidat tribe", "members of the SDF": the noun is the named group's people. */
    private static List<Mention> ofNamed(List<Token> toks, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.named() == null && i + 1 < ms.size() && ms.get(i + 1).named() != null && m.end() < toks.size()
                    && toks.get(m.end()).lower().equals("of")) {
                int gap = ms.get(i + 1).start() - m.end();
                if (gap == 1 || gap == 2 && toks.get(m.end() + 1).lower().equals("the")) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Words that open a description of the group just named: "affiliated with the PKK", "backed by Iran". */
    private static final Set<String> DESCRIBING = Set.of("affiliated", "linked", "loyal", "close", "allied", "tied",
            "aligned", "backed", "supported", "belonging");

    /**
     * "the Sinjar Resistance Units (YBS), an armed group affiliated with the PKK, ...": the apposition
     * describes the group just named; neither the generic noun nor the group it is tied to is another side.
     */
    private static List<Mention> withoutAppositions(List<Token> toks, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        Mention prevNamed = null;
        boolean describing = false;
        for (Mention m : ms) {
            int k = m.start() - 1;
            boolean apposition = false;
            if (prevNamed != null && k >= 1 && (toks.get(k).lower().equals("a") || toks.get(k).lower().equals("an"))) {
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
            int describer = describer(toks, m.start());
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
    private static int describer(List<Token> toks, int start) {
        int i = start - 1;
        if (i >= 0 && toks.get(i).lower().equals("the")) {
            i--;
        }
        if (i >= 0 && Set.of("by", "with", "to", "of").contains(toks.get(i).lower())) {
            i--;
        }
        return i >= 0 && DESCRIBING.contains(toks.get(i).lower()) ? i : -1;
    }

    /** "a former rebel commander": who has left an armed group is a civilian in ACLED's terms. */
    private static boolean formerly(List<Token> toks, int start) {
        for (int k = Math.max(0, start - 2); k < start; k++) {
            if (toks.get(k).lower().equals("former") || toks.get(k).lower().equals("ex")) {
                return true;
            }
        }
        return start < toks.size() && toks.get(start).lower().startsWith("ex-");
    }

    /** Words after which a mention is who speaks or accuses, not who acts: "Iraqi officials said". */
    private static final Set<String> SPEAKING = Set.of("said", "says", "say", "told", "stated", "blamed", "accused",
            "denied", "claimed", "announced", "reported", "confirmed", "added");

    private static List<Mention> withoutSpeakers(List<Token> toks, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            String next = m.end() < toks.size() ? toks.get(m.end()).lower() : "";
            if (SPEAKING.contains(next) && !m.isCivilian() && !speaksOfItself(toks, m.end() + 1)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * "The coalition said on Thursday it had intercepted a drone": who speaks of what it did itself is
     * the actor (an "it", "its", "they" or "their" right after the speech verb).
     */
    private static boolean speaksOfItself(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + 6); k++) {
            String w = toks.get(k).lower();
            if (w.equals("it") || w.equals("its") || w.equals("they") || w.equals("their")) {
                return true;
            }
            if (w.equals(",") || w.equals(".") || toks.get(k).isCapitalized() && !DAYS.contains(w)) {
                return false; // another clause or another subject
            }
        }
        return false;
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** "rebel-held towns", "military base", "army positions": a noun used as an adjective names no actor. */
    private boolean isAdjectival(List<Token> toks, int start, int end) {
        String first = toks.get(start).lower();
        if (first.endsWith("-held") || first.endsWith("-controlled") || first.endsWith("-run") || first.endsWith("-led")) {
            return true;
        }
        if (end - start == 1 && (first.equals("military") || first.equals("security") || first.equals("army")
                || first.equals("police")) && end < toks.size()) {
            // "a military base" names no one; "Iranian military positions" name whose they are
            return MODIFIED.contains(toks.get(end).lower()) && nationalityIndex(toks, start) < 0;
        }
        return false;
    }

    private static final Set<String> MODIFIED = Set.of("base", "bases", "operation", "operations", "source", "sources",
            "spokesman", "spokesperson", "statement", "vehicle", "vehicles", "court", "council", "official", "officials",
            "site", "post", "positions", "position", "checkpoint", "checkpoints", "delegation", "delegations",
            "commander", "commanders", "leadership", "analyst", "analysts", "headquarters", "station", "chief",
            "brigades", "buildup", "campaign", "offensive", "equipment", "zone", "command", "plans");

    private static String strongerKind(String a, String b) {
        List<String> order = List.of("government", "police", "military", "weapon", "militia", "rebels", "armed",
                "protesters", "rioters", "civilians");
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private String nationalityBefore(List<Token> toks, int start) {
        int k = nationalityIndex(toks, start);
        return k < 0 ? "" : gazetteer.countryByKey(NameKey.of(toks.get(k).text())).map(c -> c.country().iso2()).orElse("");
    }

    /** Index of the nationality word before an actor noun ("Syrian regime soldiers"), or -1. */
    private int nationalityIndex(List<Token> toks, int start) {
        if (start > 0 && Set.of("its", "their").contains(toks.get(start - 1).lower())) {
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
                if (Set.of("regime", "government", "security", "military", "armed", "pro-government", "occupation",
                        "occupying", "invading").contains(w)) {
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

    private static int index(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() > offset) {
                return i;
            }
        }
        return toks.size() - 1;
    }

    /**
     * Roles from word order: after "by" an agent; after "with/against/between" a party; in a passive
     * clause the subject is the target; in an active clause the subject is the agent and what follows
     * the verb its target. Mentions joined by "and" take the role of the mention before them.
     */
    private List<Mention> roles(List<Token> toks, List<Mention> ms) {
        int verb = mainVerb(toks, ms);
        boolean passive = verb > 0 && PASSIVE.contains(toks.get(verb - 1).lower());
        // "came under fire", "were hit": the subject suffered the event
        if (verb >= 0 && verb + 1 < toks.size() && toks.get(verb + 1).lower().equals("under")) {
            passive = true;
        }
        // "soldiers detained in the village", "civilians killed by": a participle with no auxiliary
        if (!passive && verb > 0 && lex.casualtyWords.longestAt(toks, verb) != null && verb + 1 < toks.size()
                && Set.of("in", "by", "at", "near", "during", "on", "after", "when", "while", "and")
                .contains(toks.get(verb + 1).lower())
                // "arrested at least 24 people": a count follows an active verb
                && !(toks.get(verb + 1).lower().equals("at") && verb + 2 < toks.size()
                && Set.of("least", "most").contains(toks.get(verb + 2).lower()))) {
            passive = true;
        }
        boolean reciprocal = verb >= 0 && RECIPROCAL.contains(toks.get(verb).lower());
        List<Mention> out = new ArrayList<>();
        boolean between = false;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            String prev = m.start() > 0 ? toks.get(m.start() - 1).lower() : "";
            String prev2 = m.start() > 1 ? toks.get(m.start() - 2).lower() : "";
            between |= prev.equals("between") || prev2.equals("between");
            boolean coordinated = i > 0 && coordinated(toks, ms.get(i - 1).end(), m.start());
            if (coordinated && (between || (reciprocal && m.start() < verb)) && toks.get(m.start() - 1).lower().equals("and")) {
                // "between the army and the rebels", "the army and the rebels clashed": two sides
                out.add(new Mention(m.start(), m.end(), m.kind(), m.country(), m.named(), Mention.Role.PARTY, false));
                if (i > 0 && out.get(i - 1).role() != Mention.Role.PARTY) {
                    Mention p = out.get(i - 1);
                    out.set(i - 1, p.withRole(Mention.Role.PARTY));
                }
                between = false;
                continue;
            }
            Mention.Role role;
            if (coordinated) {
                role = out.get(i - 1).role();
            } else if (prev.equals("by") || prev2.equals("by") || prev.equals("blamed") || prev.equals("accused")
                    || ((prev2.equals("blamed") || prev2.equals("attributed")) && (prev.equals("on") || prev.equals("to")))) {
                role = Mention.Role.AGENT;
            } else if (PARTY_WORDS.contains(prev) || PARTY_WORDS.contains(prev2)) {
                role = Mention.Role.PARTY;
            } else if (verb < 0 || m.start() < verb) {
                role = passive ? Mention.Role.TARGET : Mention.Role.AGENT;
            } else {
                role = Mention.Role.TARGET;
            }
            if (!coordinated && actsNext(toks, m)) {
                role = Mention.Role.AGENT; // "... when government forces shelled the town": subject of its own verb
            }
            if (m.isCivilian() && role == Mention.Role.AGENT && !passive) {
                role = Mention.Role.TARGET;
            }
            if ("weapon".equals(m.kind()) && !coordinated) {
                role = Mention.Role.AGENT; // "killed in Turkish shelling": whoever fires the weapon acts
            }
            out.add(new Mention(m.start(), m.end(), m.kind(), m.country(), m.named(), role, coordinated));
        }
        return out;
    }

    /** "Turkish forces and their Syrian militia proxies", "the army, backed by allied militias". */
    private static boolean coordinated(List<Token> toks, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        boolean joiner = false;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (!COORDINATORS.contains(w)) {
                return false;
            }
            joiner |= w.equals("and") || w.equals("alongside") || w.equals("backed") || w.equals(",");
        }
        return joiner;
    }

    private static final Set<String> STATE_VERBS = Set.of("said", "says", "has", "have", "had", "will", "would",
            "sent", "struck", "began", "is", "was", "were", "are", "carried", "continued", "agreed", "signed", "launched",
            "deployed", "fired", "hit", "shot", "took", "and");

    /** "Turkey launched", "Russia said": a word after a state's name that makes the state the subject. */
    private boolean isVerbLike(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        return STATE_VERBS.contains(w) || (w.endsWith("ed") && w.length() > 4) || lex.cues.longestAt(toks, i) != null
                && !Character.isUpperCase(toks.get(i).text().charAt(0)) && !w.endsWith("s") || w.equals("subsequently");
    }

    private static final Set<String> AFTER_PARTICIPLE = Set.of("in", "by", "at", "near", "during", "on", "after", "when",
            "while", "and", ",", ".", "as", "from", "inside", "outside");

    /** A mention followed at once by an active verb: "government forces shelled the town". */
    private boolean actsNext(List<Token> toks, Mention m) {
        int v = m.end();
        if (v + 1 >= toks.size() || !Character.isLowerCase(toks.get(v).text().charAt(0))) {
            return false;
        }
        String w = toks.get(v).lower();
        boolean verb = lex.cues.longestAt(toks, v) != null || lex.casualtyWords.longestAt(toks, v) != null
                || (w.endsWith("ed") && w.length() > 4);
        return verb && !AFTER_PARTICIPLE.contains(toks.get(v + 1).lower());
    }

    /**
     * The sentence's event word: the first cue, casualty word or past participle that is not part of an
     * actor's name ("mortar" in "Turkish mortar fire", "gunmen"). Mentions before it are subjects.
     */
    private int mainVerb(List<Token> toks, List<Mention> ms) {
        for (int i = 0; i < toks.size(); i++) {
            final int k = i;
            if (ms.stream().anyMatch(m -> k >= m.start() && k < m.end())) {
                continue;
            }
            String w = toks.get(i).lower();
            if (i > 0 && !Character.isLowerCase(toks.get(i).text().charAt(0))) {
                continue; // "March", "Strike Force": capitals inside a sentence are names, not the event
            }
            boolean beforeMention = ms.stream().anyMatch(m -> m.start() == k + 1);
            if (lex.casualtyWords.longestAt(toks, i) != null || lex.cues.longestAt(toks, i) != null
                    || (w.endsWith("ed") && w.length() > 4 && !beforeMention)) { // not "unidentified assailants"
                return i;
            }
        }
        return -1;
    }

    /** The ACLED actor a mention names, given the country the event happened in. */
    Actor actor(Mention m, String eventCountry) {
        String here = eventCountry == null ? "" : eventCountry;
        if (m.named() != null) {
            Lexicon.NamedActor n = m.named();
            String name = n.name().replace("{country}", countryName(here.isEmpty() ? n.home() : here));
            int inter = n.inter() == 1 && !n.home().isEmpty() && !here.isEmpty() && !n.home().equals(here) ? 8 : n.inter();
            return new Actor(name, inter, n.home());
        }
        String cc = m.country().isEmpty() ? here : m.country();
        String country = countryName(cc);
        boolean abroad = !cc.isEmpty() && !here.isEmpty() && !cc.equals(here);
        return switch (m.kind()) {
            case "military", "weapon" -> new Actor("Military Forces of " + country, abroad ? 8 : 1, cc);
            case "police" -> new Actor("Police Forces of " + country, abroad ? 8 : 1, cc);
            case "government" -> new Actor("Government of " + country, abroad ? 8 : 1, cc);
            case "civilians" -> new Actor("Civilians (" + countryName(here.isEmpty() ? cc : here) + ")", 7, cc);
            case "protesters" -> new Actor("Protesters (" + countryName(here.isEmpty() ? cc : here) + ")", 6, cc);
            case "rioters" -> new Actor("Rioters (" + countryName(here.isEmpty() ? cc : here) + ")", 5, cc);
            case "rebels" -> new Actor("Opposition Rebels (" + countryName(here.isEmpty() ? cc : here) + ")", 2, cc);
            default -> new Actor("Unidentified Armed Group (" + countryName(here.isEmpty() ? cc : here) + ")", 3, cc);
        };
    }

    /** A state's proxy group ("their Syrian militia proxies", "Turkish-backed fighters"), if actors.tsv has one. */
    Lexicon.NamedActor proxyOf(String backer, String eventCountry) {
        return lex.proxies.stream().filter(a -> a.proxyOf().equals(backer) && a.home().equals(eventCountry)).findFirst()
                .orElse(lex.proxies.stream().filter(a -> a.proxyOf().equals(backer)).findFirst().orElse(null));
    }

    String countryName(String cc) {
        if (cc == null || cc.isEmpty()) {
            return "Unknown";
        }
        return gazetteer.country(cc).map(Country::name).orElse(cc);
    }
}
