package org.sitrep.lexicon;

import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds lexicon phrases in a token list, longest match first at each position. A phrase is a list of
 * lower-case words; a word ending in {@code *} matches any token starting with it. Hyphenated tokens
 * also match phrases written with spaces only if the lexicon lists both forms.
 */
public final class PhraseMatcher<T> {
    /** One match: tokens [start, end) and the lexicon value. */
    public record Match<T>(int start, int end, T value) {
    }

    private final Node<T> root = new Node<>();
    private int size;

    public void add(String phrase, T value) {
        String[] words = phrase.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            throw new IllegalArgumentException("empty phrase for " + value);
        }
        Node<T> n = root;
        for (String w : words) {
            if (w.endsWith("*")) {
                n = n.prefixes.computeIfAbsent(w.substring(0, w.length() - 1), k -> new Node<>());
            } else {
                n = n.exact.computeIfAbsent(w, k -> new Node<>());
            }
        }
        if (n.value == null) {
            size++;
        }
        n.value = value;
    }

    public int size() {
        return size;
    }

    /** All non-overlapping matches, scanning left to right, longest at each start. */
    public List<Match<T>> findAll(List<Token> tokens) {
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        return findAll(lower);
    }

    /** All non-overlapping matches over lower-cased words, scanning left to right, longest at each start. */
    public List<Match<T>> findAll(String[] lower) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length) {
            Match<T> m = longestAt(lower, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest match starting at token {@code i}. */
    public Match<T> longestAt(List<Token> tokens, int i) {
        return longestAt(k -> tokens.get(k).lower(), tokens.size(), i);
    }

    /** The longest match starting at word {@code i} of lower-cased words. */
    public Match<T> longestAt(String[] lower, int i) {
        return longestAt(k -> lower[k], lower.length, i);
    }

    @SuppressWarnings("unchecked")
    private Match<T> longestAt(IntFunction<String> lower, int size, int i) {
        Match<T>[] best = new Match[1];
        walk(root, lower, size, i, i, best);
        return best[0];
    }

    private void walk(Node<T> n, IntFunction<String> lower, int size, int start, int i, Match<T>[] best) {
        if (n.value != null && i > start && (best[0] == null || i > best[0].end())) {
            best[0] = new Match<>(start, i, n.value);
        }
        if (i >= size || (n.exact.isEmpty() && n.prefixes.isEmpty())) {
            return;
        }
        String w = lower.apply(i);
        Node<T> next = n.exact.get(w);
        if (next != null) {
            walk(next, lower, size, start, i + 1, best);
        }
        for (var e : n.prefixes.entrySet()) {
            if (w.startsWith(e.getKey())) {
                walk(e.getValue(), lower, size, start, i + 1, best);
            }
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> exact = new HashMap<>(4);
        final Map<String, Node<T>> prefixes = new HashMap<>(2);
        T value;
    }
}
