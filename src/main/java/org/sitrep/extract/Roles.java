package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Roles from word order: after "by" an agent; after "with/against/between" a party; in a passive
 * clause the subject is the target; in an active clause the subject is the agent and what follows the
 * verb its target. Mentions joined by "and" take the role of the mention before them.
 */
final class Roles {
    private Roles() {
    }

    static List<Mention> assign(TaggedSentence s, List<Mention> ms) {
        Lexicon lex = s.lexicon();
        List<Token> toks = s.tokens();
        int verb = mainVerb(s, ms);
        boolean passive = verb > 0 && s.is(verb - 1, WordList.PASSIVE_AUXILIARIES);
        // "came under fire", "were hit": the subject suffered the event
        if (verb >= 0 && s.word(verb + 1).equals("under")) {
            passive = true;
        }
        // "soldiers detained in the village", "civilians killed by": a participle with no auxiliary
        if (!passive && verb > 0 && s.at(lex.casualtyWords(), verb) != null
                && s.is(verb + 1, WordList.PARTICIPLE_PREPOSITIONS)
                // "arrested at least 24 people": a count follows an active verb
                && !(s.word(verb + 1).equals("at") && (s.word(verb + 2).equals("least") || s.word(verb + 2).equals("most")))) {
            passive = true;
        }
        boolean reciprocal = verb >= 0 && s.is(verb, WordList.RECIPROCAL_VERBS);
        List<Mention> out = new ArrayList<>();
        boolean between = false;
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            String prev = s.word(m.start() - 1);
            String prev2 = s.word(m.start() - 2);
            between |= prev.equals("between") || prev2.equals("between");
            boolean coordinated = i > 0 && coordinated(s, ms.get(i - 1).end(), m.start());
            if (coordinated && (between || (reciprocal && m.start() < verb)) && prev.equals("and")) {
                // "between the army and the rebels", "the army and the rebels clashed": two sides
                out.add(new Mention(m.start(), m.end(), m.kind(), m.country(), m.named(), Mention.Role.PARTY, false));
                if (out.get(i - 1).role() != Mention.Role.PARTY) {
                    out.set(i - 1, out.get(i - 1).withRole(Mention.Role.PARTY));
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
            } else if (s.is(m.start() - 1, WordList.PARTY_WORDS) || s.is(m.start() - 2, WordList.PARTY_WORDS)) {
                role = Mention.Role.PARTY;
            } else if (verb < 0 || m.start() < verb) {
                role = passive ? Mention.Role.TARGET : Mention.Role.AGENT;
            } else {
                role = Mention.Role.TARGET;
            }
            if (!coordinated && !m.isCivilian() && s.is(m.end(), WordList.ATTACK_NOUNS)) {
                role = Mention.Role.AGENT; // "killed in a Taliban attack", "during junta raids": whose attack it was
            }
            if (!coordinated && actsNext(s, m)) {
                role = Mention.Role.AGENT; // "... when government forces shelled the town": subject of its own verb
            }
            if (m.isCivilian() && role == Mention.Role.AGENT && !passive) {
                role = Mention.Role.TARGET;
            }
            if (m.kind() == ActorKind.WEAPON && !coordinated) {
                role = Mention.Role.AGENT; // "killed in Turkish shelling": whoever fires the weapon acts
            }
            out.add(new Mention(m.start(), m.end(), m.kind(), m.country(), m.named(), role, coordinated));
        }
        return out;
    }

    /** "Turkish forces and their Syrian militia proxies", "the army, backed by allied militias". */
    private static boolean coordinated(TaggedSentence s, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        boolean joiner = false;
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (!s.is(k, WordList.COORDINATORS)) {
                return false;
            }
            joiner |= w.equals("and") || w.equals("alongside") || w.equals("backed") || w.equals(",");
        }
        return joiner;
    }

    /** "Turkey launched", "Russia said": a word after a state's name that makes the state the subject. */
    static boolean verbLike(TaggedSentence s, int i) {
        String w = s.word(i);
        return s.is(i, WordList.STATE_VERBS) || (w.endsWith("ed") && w.length() > 4)
                || s.at(s.lexicon().cues(), i) != null && !Character.isUpperCase(s.tokens().get(i).text().charAt(0))
                && !w.endsWith("s") || w.equals("subsequently");
    }

    /** A mention followed at once by an active verb: "government forces shelled the town". */
    private static boolean actsNext(TaggedSentence s, Mention m) {
        int v = m.end();
        if (v + 1 >= s.size() || !Character.isLowerCase(s.tokens().get(v).text().charAt(0))) {
            return false;
        }
        String w = s.word(v);
        boolean verb = s.at(s.lexicon().cues(), v) != null || s.at(s.lexicon().casualtyWords(), v) != null
                || (w.endsWith("ed") && w.length() > 4);
        return verb && !s.is(v + 1, WordList.AFTER_PARTICIPLE);
    }

    /**
     * The sentence's event word: the first cue, casualty word or past participle that is not part of an
     * actor's name ("mortar" in "Turkish mortar fire", "gunmen"). Mentions before it are subjects.
     */
    static int mainVerb(TaggedSentence s, List<Mention> ms) {
        for (int i = 0; i < s.size(); i++) {
            final int k = i;
            if (ms.stream().anyMatch(m -> k >= m.start() && k < m.end())) {
                continue;
            }
            String w = s.word(i);
            if (i > 0 && !Character.isLowerCase(s.tokens().get(i).text().charAt(0))) {
                continue; // "March", "Strike Force": capitals inside a sentence are names, not the event
            }
            boolean beforeMention = ms.stream().anyMatch(m -> m.start() == k + 1);
            if (s.at(s.lexicon().casualtyWords(), i) != null || s.at(s.lexicon().cues(), i) != null
                    || (w.endsWith("ed") && w.length() > 4 && !beforeMention)) { // not "unidentified assailants"
                return i;
            }
        }
        return -1;
    }
}
