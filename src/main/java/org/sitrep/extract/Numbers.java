package org.sitrep.extract;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.PhraseMatcher;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;
import org.sitrep.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Reads a count at a token position: digits ("1,200"), number words ("six", "twenty-one"), and
 * vague quantities with ACLED's conservative values ("a dozen" 12, "several" 10, "dozens" 12).
 * Hedges before the number ("at least", "more than", "some") are skipped: the figure stays.
 */
final class Numbers {
    /** A count over tokens [start, end). {@code exact} is false for vague words ("several"). */
    record Count(int value, int start, int end, boolean exact) {
    }

    /** Above this a count is a distance, a year or a budget, not people: CasualtyTest. */
    static final int MAX_PEOPLE = 100_000;

    private final PhraseMatcher<Integer> words;
    private final Set<String> hedges;
    private final Set<String> vague;

    Numbers(Lexicon lex) {
        this.words = lex.numbers();
        this.hedges = lex.words(WordList.NUMBER_HEDGES);
        this.vague = lex.words(WordList.VAGUE_QUANTITIES);
    }

    /** The count starting at {@code i}, after any hedge words; null when there is none. */
    Count at(TaggedSentence s, int i) {
        List<Token> toks = s.tokens();
        int j = i;
        while (j < toks.size() && hedges.contains(toks.get(j).lower()) && j - i < 3) {
            j++;
        }
        if (j >= toks.size()) {
            return null;
        }
        Count c = plain(s, j);
        if (c == null && j != i) {
            c = plain(s, i);
            return c == null ? null : new Count(c.value(), i, c.end(), c.exact());
        }
        return c == null ? null : new Count(c.value(), i, c.end(), c.exact());
    }

    private Count plain(TaggedSentence s, int j) {
        List<Token> toks = s.tokens();
        String t = toks.get(j).text();
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            String digits = t.replace(",", "");
            int dash = Math.max(digits.indexOf('-'), digits.indexOf('\u2013'));
            if (dash > 0 && dash < digits.length() - 1 && digits.substring(dash + 1).chars().allMatch(Character::isDigit)) {
                // "10-15 killed": ACLED codes the lower figure of a range
                digits = digits.substring(0, dash);
                if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 7) {
                    return null;
                }
                int v = Integer.parseInt(digits);
                return v > MAX_PEOPLE ? null : new Count(v, j, j + 1, false);
            }
            if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 7) {
                return null;
            }
            int v = Integer.parseInt(digits);
            if (v > MAX_PEOPLE) {
                return null;
            }
            int end = j + 1;
            if (end < toks.size() && isUnit(toks.get(end).lower())) {
                return null;
            }
            return new Count(v, j, end, true);
        }
        PhraseMatcher.Match<Integer> m = s.at(words, j);
        String low = toks.get(j).lower();
        if (m != null && !(m.end() - m.start() == 1 && (low.equals("a") || low.equals("an")))) {
            int v = m.value();
            int end = m.end();
            // "two hundred", "three thousand"
            if (end < toks.size() && (toks.get(end).lower().equals("hundred") || toks.get(end).lower().equals("thousand"))) {
                v *= toks.get(end).lower().equals("hundred") ? 100 : 1000;
                end++;
            }
            if (end < toks.size() && toks.get(end).lower().equals("of")) {
                end++;
            }
            boolean isVague = vague.stream().anyMatch(w -> toks.get(j).lower().startsWith(w) || toks.get(m.end() - 1).lower().startsWith(w));
            return new Count(v, j, end, !isVague);
        }
        int dash = low.indexOf('-');
        if (dash > 0) { // "twenty-one"
            var a = words.longestAt(new String[] {low.substring(0, dash)}, 0);
            var b = words.longestAt(new String[] {low.substring(dash + 1)}, 0);
            if (a != null && b != null && a.value() >= 20 && a.value() < 100 && b.value() < 10) {
                return new Count(a.value() + b.value(), j, j + 1, true);
            }
        }
        return null;
    }

    private static boolean isUnit(String w) {
        return w.startsWith("km") || w.startsWith("kilomet") || w.startsWith("mile") || w.equals("%")
                || w.startsWith("percent") || w.startsWith("year") || w.startsWith("month") || w.startsWith("day")
                || w.startsWith("hour") || w.startsWith("minute") || w.startsWith("meter") || w.startsWith("metre")
                || w.equals("am") || w.equals("pm") || w.equals("a.m.") || w.equals("p.m.") || w.startsWith("dollar")
                || w.equals("m") || w.startsWith("mm");
    }
}
