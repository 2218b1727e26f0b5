package org.sitrep.lexicon;

import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence with the lexicon's phrase tables matched against it. Each table is matched at most once per
 * sentence, on first use, and kept: the longest match starting at every token, from which the
 * left-to-right non-overlapping matches follow. Every later stage asks this object instead of matching
 * again. Not thread-safe: one article is read by one thread.
 */
public final class TaggedSentence {
    private final Sentence sentence;
    private final Lexicon lexicon;
    private final String[] lower;
    /** The tokens' own spelling, for case-sensitive phrases ("AA", "PDF"). */
    private final String[] text;
    private final Map<PhraseMatcher<?>, PhraseMatcher.Match<?>[]> longest = new IdentityHashMap<>();
    private final Map<PhraseMatcher<?>, List<?>> all = new IdentityHashMap<>();

    public TaggedSentence(Sentence sentence, Lexicon lexicon) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        List<Token> toks = sentence.tokens();
        this.lower = new String[toks.size()];
        this.text = new String[toks.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = toks.get(i).lower();
            text[i] = toks.get(i).text();
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return sentence.tokens();
    }

    public int size() {
        return lower.length;
    }

    /** The lower-cased word at {@code i}, or "" outside the sentence. */
    public String word(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Whether the word at {@code i} is in the list (false outside the sentence). */
    public boolean is(int i, WordList list) {
        return i >= 0 && i < lower.length && lexicon.words(list).contains(lower[i]);
    }

    /** Whether any word of the sentence is in the list. */
    public boolean any(WordList list) {
        Set<String> words = lexicon.words(list);
        for (String w : lower) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The longest match of {@code table} starting at token {@code i}, or null. */
    @SuppressWarnings("unchecked")
    public <T> PhraseMatcher.Match<T> at(PhraseMatcher<T> table, int i) {
        if (i < 0 || i >= lower.length) {
            return null;
        }
        return (PhraseMatcher.Match<T>) longest(table)[i];
    }

    /** The non-overlapping matches of {@code table}, left to right, longest at each start. */
    @SuppressWarnings("unchecked")
    public <T> List<PhraseMatcher.Match<T>> all(PhraseMatcher<T> table) {
        return (List<PhraseMatcher.Match<T>>) all.computeIfAbsent(table, t -> {
            PhraseMatcher.Match<?>[] at = longest(t);
            List<PhraseMatcher.Match<?>> out = new ArrayList<>();
            int i = 0;
            while (i < at.length) {
                if (at[i] != null) {
                    out.add(at[i]);
                    i = at[i].end();
                } else {
                    i++;
                }
            }
            return List.copyOf(out);
        });
    }

    private PhraseMatcher.Match<?>[] longest(PhraseMatcher<?> table) {
        return longest.computeIfAbsent(table, t -> {
            PhraseMatcher.Match<?>[] at = new PhraseMatcher.Match<?>[lower.length];
            for (int i = 0; i < lower.length; i++) {
                at[i] = t.longestAt(lower, text, i);
            }
            return at;
        });
    }
}
