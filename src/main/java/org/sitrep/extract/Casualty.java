package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.CasualtyKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.PhraseMatcher;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Casualties;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counts of people killed, wounded and captured in one sentence. A count is tied to the casualty word
 * it reports: "six soldiers were wounded" (count before a passive verb), "wounded four civilians"
 * (count after an active verb), "a dozen taken captive". Repeated mentions of the same count in one
 * sentence are the same people; different counts of the same kind add up.
 */
final class Casualty {
    record Count(CasualtyKind kind, int value, int numberStart, int numberEnd, boolean civilian) {
    }

    /** "9-year-old", "70-year-old": an age before a person noun. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-years?-old");

    /** How far after a verb a headline's lone victim may stand: "kills Karen aid worker" (CasualtyTest). */
    static final int HEADLINE_NOUN_SPAN = 3;

    /** How far back from a casualty word a count may stand: "six Syrian regime soldiers were wounded". */
    static final int MAX_LOOKBACK = 7;

    private final Lexicon lex;
    private final Numbers numbers;
    private final Remains remains;

    Casualty(Lexicon lex) {
        this.lex = lex;
        this.numbers = new Numbers(lex);
        this.remains = new Remains(lex);
    }

    /** The token of one person's remains the sentence reports found or dumped, or -1 ({@link Remains#at}). */
    int remains(TaggedSentence s) {
        return remains.at(s);
    }

    List<Count> find(TaggedSentence s) {
        List<Token> toks = s.tokens();
        List<Count> out = new ArrayList<>();
        List<PhraseMatcher.Match<CasualtyKind>> all = s.all(lex.casualtyWords());
        for (int mi = 0; mi < all.size(); mi++) {
            PhraseMatcher.Match<CasualtyKind> m = all.get(mi);
            if (Lumps.lumped(s, all, mi)) {
                continue; // "12 people were killed or wounded": the count is of neither fate alone
            }
            // "injured 30 others" is active voice: the count follows; otherwise it stands before.
            // A figure right before the word is its own ("10 dead 20 injured"): no looking ahead then.
            Numbers.Count before = m.start() > 0 ? numbers.at(s, m.start() - 1) : null;
            Count c = before != null && before.end() == m.start() ? null : forward(s, m);
            if (c == null) {
                c = backward(s, m);
            }
            if (c == null && mi + 1 < all.size() && all.get(mi + 1).start() == m.end() + 1
                    && toks.get(m.end()).lower().equals("and") && all.get(mi + 1).value() != m.value()) {
                // "killing and injuring a number of the attackers": one count for both fates
                Count shared = forward(s, all.get(mi + 1));
                c = shared == null ? null : new Count(m.value(), shared.value(), shared.numberStart(), shared.numberEnd(),
                        shared.civilian());
            }
            if (c != null && !alreadyCounted(out, c)) {
                out.add(c);
            }
        }
        int r = out.stream().anyMatch(c -> c.kind() == CasualtyKind.KILLED) ? -1 : remains.at(s);
        if (r >= 0) {
            out.add(new Count(CasualtyKind.KILLED, 1, r, r + 1, civilianBetween(s, r + 1, Math.min(s.size(), r + 1 + Remains.SPAN))));
        }
        return out;
    }

    private static boolean alreadyCounted(List<Count> out, Count c) {
        for (Count o : out) {
            if (o.numberStart() == c.numberStart() && o.kind() == c.kind()) {
                return true;
            }
        }
        return false;
    }

    /** "six soldiers were wounded", "a dozen taken captive", "two killed". */
    private Count backward(TaggedSentence s, PhraseMatcher.Match<CasualtyKind> m) {
        List<Token> toks = s.tokens();
        int skipped = 0;
        for (int i = m.start() - 1; i >= 0 && m.start() - i - skipped <= MAX_LOOKBACK; i--) {
            String w = toks.get(i).lower();
            if (w.equals(",") && parenthetical(s, i)) {
                // "Three civilians, including a child, were killed": step over the aside
                int open = i - 1;
                while (open > 0 && !toks.get(open).lower().equals(",")) {
                    open--;
                }
                skipped += i - open + 1;
                i = open;
                continue;
            }
            if (s.lexicon().words(WordList.CLAUSE_BREAKS).contains(w) && i < m.start() - 1) {
                break; // the nearest count wins; clause breaks end the search
            }
            Numbers.Count n = numbers.at(s, i);
            if (n != null && n.end() <= m.start()) {
                if ((w.equals("a") || w.equals("an")) && n.end() - n.start() == 1) {
                    continue; // "a" alone is no count here; "a number of", "a dozen" are
                }
                Numbers.Count low = rangeStart(s, n);
                if (low != null) {
                    // "between 10 and 15 people", "10 to 15 civilians": ACLED codes the lower figure
                    return new Count(m.value(), low.value(), low.start(), n.end(), civilianBetween(s, n.end(), m.start()));
                }
                // "six fighters and three soldiers dead": both groups share the fate
                int more = 0;
                if (n.start() >= 2 && toks.get(n.start() - 1).lower().equals("and")) {
                    for (int k = n.start() - 2; k >= Math.max(0, n.start() - 6); k--) {
                        if (s.is(k, WordList.CLAUSE_BREAKS) || s.at(lex.casualtyWords(), k) != null) {
                            break; // "two were killed and three wounded": the earlier count has its own fate
                        }
                        Numbers.Count earlier = numbers.at(s, k);
                        if (earlier != null && earlier.end() < n.start() && !toks.get(k).lower().equals("a")
                                && !toks.get(k).lower().equals("an")) {
                            more = earlier.value();
                            break;
                        }
                    }
                }
                return new Count(m.value(), n.value() + more, n.start(), n.end(), civilianBetween(s, n.end(), m.start()));
            }
            if (w.equals("and") && i < m.start() - 1) {
                break;
            }
        }
        // "beat a man to death"
        if (toks.get(m.start()).lower().equals("to") && m.start() >= 2) {
            for (int i = m.start() - 1; i >= Math.max(0, m.start() - 3); i--) {
                String w = toks.get(i).lower();
                if (w.equals("a") || w.equals("an")) {
                    return new Count(m.value(), 1, i, i + 1, civilianBetween(s, i + 1, m.start()));
                }
            }
        }
        // headline style, no article: "Girl Killed", "Man Shot Dead", "Woman killed in attack on junta truck"
        if (m.start() >= 1 && s.is(m.start() - 1, WordList.ONE_PERSON_NOUNS)
                && (m.start() < 2 || numbers.at(s, m.start() - 2) == null)) {
            return new Count(m.value(), 1, m.start() - 1, m.start() - 1, civilianBetween(s, m.start() - 1, m.start()));
        }
        // headline style, the subject first with no article and its fate last: "Leader of La Linea in Chihuahua killed"
        if (m.start() >= 2 && m.start() <= SUBJECT_SPAN + 2 && s.is(0, WordList.ONE_PERSON_NOUNS) && toks.get(0).isCapitalized()
                && toks.get(m.start()).lower().endsWith("ed") && m.end() == lastWord(toks)) {
            boolean counted = false;
            for (int i = 1; i < m.start() && !counted; i++) {
                String w = toks.get(i).lower(); // "in Chihuahua" is where, no second clause
                counted = numbers.at(s, i) != null || s.lexicon().words(WordList.CLAUSE_BREAKS).contains(w)
                        && !s.lexicon().words(WordList.LOCATION_PREPOSITIONS).contains(w);
            }
            if (!counted) {
                return new Count(m.value(), 1, 0, 1, civilianBetween(s, 0, m.start()));
            }
        }
        // "a civilian was killed", "a third fighter sustained serious injuries", "a leader of the gang was killed",
        // "the mayor of the town was shot dead": one person, singular verb
        int verb = singularVerb(s, m.start());
        if (verb >= 2) {
            for (int i = verb - 1; i >= Math.max(0, verb - SUBJECT_SPAN); i--) {
                String w = toks.get(i).lower();
                if (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("another")
                        || s.is(i, WordList.ONE_PERSON_DETERMINERS) && onePersonWithin(s, i + 1, 2)) {
                    return new Count(m.value(), 1, i, i + 1, civilianBetween(s, i + 1, m.start()));
                }
                if (s.lexicon().words(WordList.CLAUSE_BREAKS).contains(w)) {
                    break;
                }
            }
        }
        return null;
    }


    /** The end of the sentence's last word, a final full stop aside. */
    private static int lastWord(List<Token> toks) {
        int n = toks.size();
        return n > 1 && toks.get(n - 1).text().matches("[.!?]") ? n - 1 : n;
    }

    /** Words a singular subject may run to before its verb: "a leader of the gang was killed" (CasualtyTest). */
    static final int SUBJECT_SPAN = 6;

    /** The first figure of a range ending in {@code high}: "between 10 and 15", "10 to 15", "10 or 15"; else null. */
    private Numbers.Count rangeStart(TaggedSentence s, Numbers.Count high) {
        int k = high.start() - 1;
        if (k < 1) {
            return null;
        }
        String link = s.word(k);
        boolean between = link.equals("and") && k >= 2 && s.word(k - 2).equals("between");
        if (!between && !link.equals("to") && !link.equals("or") && !link.equals("-") && !link.equals("\u2013")) {
            return null;
        }
        Numbers.Count low = numbers.at(s, between ? k - 1 : k - 1);
        if (low == null || low.end() != k || low.value() > high.value()) {
            return null;
        }
        return low;
    }

    /** The singular verb just before a casualty word ("sustained serious injuries"), or -1. */
    private static int singularVerb(TaggedSentence s, int word) {
        List<Token> toks = s.tokens();
        for (int k = word - 1; k >= Math.max(0, word - 3); k--) {
            String w = toks.get(k).lower();
            if (s.lexicon().words(WordList.SINGULAR_VERBS).contains(w)) {
                return k;
            }
            if (!Character.isLetter(w.charAt(0)) || s.lexicon().words(WordList.CLAUSE_BREAKS).contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** True when the comma at {@code close} ends an aside opened by ", including" / ", among them". */
    private static boolean parenthetical(TaggedSentence s, int close) {
        List<Token> toks = s.tokens();
        for (int k = close - 1; k > 0 && close - k <= 8; k--) {
            if (toks.get(k).lower().equals(",")) {
                String first = k + 1 < close ? toks.get(k + 1).lower() : "";
                return first.equals("including") || first.equals("among") || first.equals("mostly")
                        || first.equals("most") || first.equals("both") || first.equals("all");
            }
        }
        return false;
    }




    private Count forward(TaggedSentence s, PhraseMatcher.Match<CasualtyKind> m) {
        List<Token> toks = s.tokens();
        int i = m.end();
        if (i >= toks.size()) {
            return null;
        }
        if (toks.get(m.end() - 1).lower().equals("toll") || (s.word(m.start() - 1).equals("of") && s.word(m.start() - 2).equals("number"))) {
            // "raise the death toll to 9", "the toll stood at 12", "the number of dead rose to 5": the figure after
            if (i + 1 < toks.size() && (toks.get(i).lower().equals("to") || toks.get(i).lower().equals("at"))) {
                Numbers.Count n = numbers.at(s, i + 1);
                if (n != null) {
                    return new Count(m.value(), n.value(), n.start(), n.end(), false);
                }
            }
            // "the death toll from Tuesday's bombing rose to 19"
            for (int k = i; k < toks.size() - 1; k++) {
                if (s.is(k, WordList.TOLL_VERBS)) {
                    int at = toks.get(k + 1).lower().equals("to") || toks.get(k + 1).lower().equals("at") ? k + 2 : k + 1;
                    Numbers.Count n = at < toks.size() ? numbers.at(s, at) : null;
                    return n == null ? null : new Count(m.value(), n.value(), n.start(), n.end(), false);
                }
            }
            return null;
        }
        while (i + 1 < toks.size() && s.lexicon().words(WordList.QUOTES).contains(toks.get(i).text())) {
            i++; // 'the ministry said it had "neutralised" 12 militants'
        }
        if (toks.get(i).lower().equals("of") && s.is(m.end() - 1, WordList.CASUALTY_NOMINALS) && i + 1 < toks.size()) {
            i++; // "the death of two fighters", "the abduction of four aid workers"
        }
        if (toks.get(i).lower().equals("between") && i + 1 < toks.size()) {
            // "killed between 12 and 15 soldiers": ACLED codes the lower figure
            Numbers.Count low = numbers.at(s, i + 1);
            if (low != null && low.end() + 1 < toks.size() && toks.get(low.end()).lower().equals("and")) {
                Numbers.Count high = numbers.at(s, low.end() + 1);
                if (high != null && high.value() >= low.value()) {
                    return new Count(m.value(), low.value(), i, high.end(), civilianBetween(s, high.end(),
                            Math.min(toks.size(), high.end() + 4)));
                }
            }
        }
        Numbers.Count n = numbers.at(s, i);
        int value, end;
        if (n != null) {
            value = n.value();
            end = n.end();
        } else if ((toks.get(i).lower().equals("a") || toks.get(i).lower().equals("an")) && nounWithin(s, i + 1, 4)) {
            value = 1; // "executed a civilian", "shot dead a farmer", "killing a foreign contractor"
            end = i + 1;
        } else if (s.is(i, WordList.ONE_PERSON_DETERMINERS) && onePersonWithin(s, i + 1, 3)) {
            value = 1; // "shot and killed the mukhtar of the town", "killed a child and wounded his mother"
            end = i + 1;
        } else if (AGE.matcher(toks.get(i).lower()).matches() && onePersonWithin(s, i + 1, HEADLINE_NOUN_SPAN - 1)) {
            value = 1; // "kill 9-year-old boy": an age, not a count
            end = i + 1;
        } else if (onePersonWithin(s, i, HEADLINE_NOUN_SPAN) && Character.isLetter(toks.get(i).text().charAt(0))
                && !s.is(i, WordList.FUNCTION_WORDS)) {
            value = 1; // headline style, no article: "Junta kills elderly woman", "Army Kills Man In Hpakant"
            end = i;
        } else {
            return null;
        }
        int nounEnd = Math.min(toks.size(), end + 4);
        boolean civilian = civilianBetween(s, end, nounEnd);
        // "killing nine soldiers and seven militants", "a farmer and his brother", "a man, his wife and their son":
        // more people, same fate
        for (int k = end; k < Math.min(toks.size() - 1, end + 10); k++) {
            String w = toks.get(k).lower();
            if (w.equals("in") || w.equals("on") || s.at(lex.casualtyWords(), k) != null) {
                break;
            }
            if (w.equals("and") || w.equals(",")) {
                Numbers.Count more = numbers.at(s, k + 1);
                String next = toks.get(k + 1).lower();
                if (w.equals("and") && more != null && !next.equals("a") && !next.equals("an")) {
                    value += more.value();
                    break;
                }
                boolean owner = next.equals("his") || next.equals("her") || next.equals("their");
                if (owner && k + 2 < toks.size()
                        && (s.at(lex.actorNouns(), k + 2) != null || s.is(k + 2, WordList.ONE_PERSON_NOUNS))) {
                    value += 1;
                    k += 2;
                    continue;
                }
                Numbers.Count theirs = owner && k + 2 < toks.size() ? numbers.at(s, k + 2) : null;
                if (theirs != null && nounWithin(s, theirs.end(), 2)) {
                    value += theirs.value(); // "a woman and her two children"
                    break;
                }
                if (w.equals("and") && (next.equals("a") || next.equals("an")) && nounWithin(s, k + 2, 2)
                        && !fateWithin(s, k + 2, 4)) {
                    value += 1; // "two soldiers and a civilian" (not "... and a civilian was wounded")
                    break;
                }
                break;
            }
        }
        return new Count(m.value(), value, i, end, civilian);
    }


    /** Whether a casualty word stands in [from, from + span): the people before it have a fate of their own. */
    private boolean fateWithin(TaggedSentence s, int from, int span) {
        for (int k = from; k < Math.min(s.size(), from + span); k++) {
            if (s.at(lex.casualtyWords(), k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean onePersonWithin(TaggedSentence s, int from, int span) {
        List<Token> toks = s.tokens();
        for (int k = from; k < Math.min(toks.size(), from + span); k++) {
            String w = toks.get(k).lower();
            if (s.lexicon().words(WordList.ONE_PERSON_NOUNS).contains(w)) {
                return true;
            }
            if (!Character.isLetter(w.charAt(0)) || s.lexicon().words(WordList.CLAUSE_BREAKS).contains(w) || w.equals("and")) {
                return false;
            }
        }
        return false;
    }

    private boolean nounWithin(TaggedSentence s, int from, int span) {
        List<Token> toks = s.tokens();
        for (int k = from; k < Math.min(toks.size(), from + span); k++) {
            if (s.at(lex.actorNouns(), k) != null || s.is(k, WordList.ONE_PERSON_NOUNS)) {
                return true;
            }
            if (!Character.isLetter(toks.get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private boolean civilianBetween(TaggedSentence s, int from, int to) {
        List<Token> toks = s.tokens();
        for (int i = from; i < to && i < toks.size(); i++) {
            var m = s.at(lex.actorNouns(), i);
            if (m != null && m.value() == ActorKind.CIVILIANS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who the counts are of, as actor-noun kinds ("military", "rebels", "civilians"): the noun right after
     * each number ("six Turkish soldiers", "12 militants"); empty when no count names its people.
     */
    Set<ActorKind> victims(TaggedSentence s, List<Count> counts) {
        List<Token> toks = s.tokens();
        Set<ActorKind> out = java.util.EnumSet.noneOf(ActorKind.class);
        for (Count c : counts) {
            for (int k = c.numberEnd(); k < Math.min(toks.size(), c.numberEnd() + 3); k++) {
                var m = s.at(lex.actorNouns(), k);
                if (m != null) {
                    out.add(m.value());
                    break;
                }
            }
        }
        return out;
    }

    /** Sums different counts of one kind; the same count twice is one group of people. */
    static Casualties total(List<Count> counts) {
        int killed = 0;
        Integer wounded = null, captured = null;
        for (Count c : counts) {
            switch (c.kind()) {
                case KILLED -> killed += c.value();
                case WOUNDED -> wounded = (wounded == null ? 0 : wounded) + c.value();
                case CAPTURED -> captured = (captured == null ? 0 : captured) + c.value();
                case MISSING, UNSPLIT -> { }
            }
        }
        return new Casualties(killed, wounded, captured);
    }
}
