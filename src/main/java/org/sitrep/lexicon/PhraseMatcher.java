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
 * words, matched in any case when written in lower case; a word ending in {@code *} matches any token
 * starting with it. Hyphenated tokens also match phrases written with spaces only if the lexicon lists
 * both forms. A phrase is split as the
 * tokenizer splits text: "people's" is "people 's", "workers'" is "workers '", and brackets and slashes
 * are words of their own ("cpi (maoist)", "afc/m23"); a curly apostrophe matches a straight one.
 * <p>
 * A phrase written with any upper-case letter ("AA", "PDF", "JeM") is case-sensitive: it matches only
 * tokens spelled exactly so. Such phrases are kept in a second tree, walked over the tokens' own text;
 * at each position the longer match of the two trees wins, so a case-sensitive phrase that does not
 * match never hides an ordinary one.
 */
public final class PhraseMatcher<T> {
    /** One match: tokens [start, end) and the lexicon value. */
    public record Match<T>(int start, int end, T value) {
    }

    private final Node<T> root = new Node<>();
    private final Node<T> cased = new Node<>();
    private int size;

    public void add(String phrase, T value) {
        String p = phrase.trim();
        boolean caseSensitive = !p.equals(p.toLowerCase(Locale.ROOT));
        String[] words = words(caseSensitive ? p : p.toLowerCase(Locale.ROOT));
        if (words.length == 0 || words[0].isEmpty()) {
            throw new IllegalArgumentException("empty phrase for " + value);
        }
        Node<T> n = caseSensitive ? cased : root;
        for (String w : words) {
            if (w.endsWith("*") && w.length() > 1) {
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

    /** The words of a phrase as the tokenizer writes them: possessives, brackets and slashes apart. */
    static String[] words(String phrase) {
        String p = normalize(phrase).replaceAll("([()/])", " $1 ")
                .replaceAll("(?<=\\S)'s(?=\\s|$)", " 's")
                .replaceAll("(?<=s)'(?=\\s|$)", " '");
        return p.trim().split("\\s+");
    }

    private static String normalize(String w) {
        return w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
    }

    public int size() {
        return size;
    }

    /** All non-overlapping matches, scanning left to right, longest at each start. */
    public List<Match<T>> findAll(List<Token> tokens) {
        String[] lower = new String[tokens.size()];
        String[] text = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
            text[i] = tokens.get(i).text();
        }
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < lower.length) {
            Match<T> m = longestAt(lower, text, i);
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
        Match<T> m = longestAt(root, k -> tokens.get(k).lower(), tokens.size(), i);
        return longer(longestAt(cased, k -> tokens.get(k).text(), tokens.size(), i), m);
    }

    /** The longest match starting at word {@code i} of lower-cased words; case-sensitive phrases never match. */
    public Match<T> longestAt(String[] lower, int i) {
        return longestAt(root, k -> lower[k], lower.length, i);
    }

    /**
     * The longest match starting at word {@code i}: ordinary phrases against {@code lower}, case-sensitive
     * ones against {@code text}, the tokens' own spelling (same length).
     */
    public Match<T> longestAt(String[] lower, String[] text, int i) {
        return longer(longestAt(cased, k -> text[k], text.length, i), longestAt(root, k -> lower[k], lower.length, i));
    }

    /** The longer of two matches at one start, the case-sensitive {@code a} on a tie. */
    private static <T> Match<T> longer(Match<T> a, Match<T> b) {
        return a == null || b != null && b.end() > a.end() ? b : a;
    }

    @SuppressWarnings("unchecked")
    private Match<T> longestAt(Node<T> from, IntFunction<String> word, int size, int i) {
        if (from.exact.isEmpty() && from.prefixes.isEmpty()) {
            return null;
        }
        Match<T>[] best = new Match[1];
        walk(from, word, size, i, i, best);
        return best[0];
    }

    private void walk(Node<T> n, IntFunction<String> word, int size, int start, int i, Match<T>[] best) {
        if (n.value != null && i > start && (best[0] == null || i > best[0].end())) {
            best[0] = new Match<>(start, i, n.value);
        }
        if (i >= size || (n.exact.isEmpty() && n.prefixes.isEmpty())) {
            return;
        }
        String w = normalize(word.apply(i));
        Node<T> next = n.exact.get(w);
        if (next != null) {
            walk(next, word, size, start, i + 1, best);
        }
        for (var e : n.prefixes.entrySet()) {
            if (w.startsWith(e.getKey())) {
                walk(e.getValue(), word, size, start, i + 1, best);
            }
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> exact = new HashMap<>(4);
        final Map<String, Node<T>> prefixes = new HashMap<>(2);
        T value;
    }
}
