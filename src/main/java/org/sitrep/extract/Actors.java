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
    private static final Set<String> COORDINATORS = Set.of("and", "alongside", "backed", "by", "their", "its", "his",
            "allied", ",");

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
        for (var m : lex.actorNouns.findAll(toks)) {
            if (used[m.start()]) {
                continue;
            }
            // merge runs of nouns: "regime soldiers", "militia proxies"
            int start = m.start(), end = m.end();
            String kind = m.value();
            String country = nationalityBefore(toks, start);
            int demonymStart = country.isEmpty() ? start : start - 1;
            if (!out.isEmpty()) {
                Mention last = out.get(out.size() - 1);
                if (last.named() == null && last.end() == start) {
                    out.remove(out.size() - 1);
                    start = last.start();
                    country = last.country().isEmpty() ? country : last.country();
                    kind = strongerKind(last.kind(), kind);
                    demonymStart = Math.min(demonymStart, last.start());
                }
            }
            mark(used, start, end);
            out.add(new Mention(demonymStart, end, kind, country, null, null, false));
        }
        // a state named as the subject of a verb: "Turkey launched", "Turkey reached a deal with Russia"
        for (Resolved r : places) {
            if (r.toponym().kind() != Toponym.Kind.COUNTRY) {
                continue;
            }
            int ti = index(toks, r.toponym().start());
            int te = index(toks, r.toponym().end() - 1) + 1;
            String prev = ti > 0 ? toks.get(ti - 1).lower() : "";
            boolean subject = te < toks.size() && Character.isLowerCase(toks.get(te).text().charAt(0))
                    && !Set.of("in", "near", "and", "of", "border").contains(toks.get(te).lower());
            boolean object = prev.equals("with") || prev.equals("by") || prev.equals("against");
            if ((subject || object) && !used[ti]) {
                mark(used, ti, te);
                out.add(new Mention(ti, te, "government", r.place().countryCode(), null, null, false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return roles(toks, out);
    }

    private static String strongerKind(String a, String b) {
        List<String> order = List.of("government", "police", "military", "militia", "rebels", "armed", "protesters",
                "rioters", "civilians");
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private String nationalityBefore(List<Token> toks, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            String w = toks.get(k).text();
            if (!Character.isUpperCase(w.isEmpty() ? 'a' : w.charAt(0))) {
                if (Set.of("regime", "government", "security", "military", "armed", "pro-government").contains(w)) {
                    continue;
                }
                return "";
            }
            var c = gazetteer.countryByKey(NameKey.of(w));
            if (c.isPresent()) {
                return c.get().country().iso2();
            }
        }
        return "";
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
        int verb = firstVerbAfter(toks, ms.isEmpty() ? 0 : ms.get(0).end());
        boolean passive = verb > 0 && PASSIVE.contains(toks.get(verb - 1).lower());
        // "came under fire", "were hit": the subject suffered the event
        if (verb >= 0 && verb + 1 < toks.size() && toks.get(verb + 1).lower().equals("under")) {
            passive = true;
        }
        // "soldiers detained in the village", "civilians killed by": a participle with no auxiliary
        if (!passive && verb > 0 && lex.casualtyWords.longestAt(toks, verb) != null && verb + 1 < toks.size()
                && Set.of("in", "by", "at", "near", "during", "on", "after", "when", "while", "and")
                .contains(toks.get(verb + 1).lower())) {
            passive = true;
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            String prev = m.start() > 0 ? toks.get(m.start() - 1).lower() : "";
            String prev2 = m.start() > 1 ? toks.get(m.start() - 2).lower() : "";
            boolean coordinated = i > 0 && coordinated(toks, ms.get(i - 1).end(), m.start());
            Mention.Role role;
            if (coordinated) {
                role = out.get(i - 1).role();
            } else if (prev.equals("by") || prev2.equals("by")) {
                role = Mention.Role.AGENT;
            } else if (PARTY_WORDS.contains(prev) || PARTY_WORDS.contains(prev2)) {
                role = Mention.Role.PARTY;
            } else if (verb < 0 || m.start() < verb) {
                role = passive ? Mention.Role.TARGET : Mention.Role.AGENT;
            } else {
                role = Mention.Role.TARGET;
            }
            if (m.isCivilian() && role == Mention.Role.AGENT && !passive) {
                role = Mention.Role.TARGET;
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

    /** The first verb-like token after the subject: a cue or casualty word, or a past-tense form. */
    private int firstVerbAfter(List<Token> toks, int from) {
        for (int i = from; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            if (lex.casualtyWords.longestAt(toks, i) != null || lex.cues.longestAt(toks, i) != null
                    || (w.endsWith("ed") && w.length() > 4)) {
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
            case "military" -> new Actor("Military Forces of " + country, abroad ? 8 : 1, cc);
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
