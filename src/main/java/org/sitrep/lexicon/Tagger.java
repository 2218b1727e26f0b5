package org.sitrep.lexicon;

import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexicon stage: wraps each sentence for tagging ({@link TaggedSentence}) and reads the article's
 * layout, a headline and a dateline. Thread-safe.
 */
public final class Tagger {
    /** A dateline opens the first body paragraph: "ERBIL, Kurdistan Region –", "BEIRUT (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][\\p{L}'’.-]*(?:[ ,]+[A-Z\\p{Lu}][\\p{L}'’.-]*){0,5}\\s*(?:\\([^)]{1,40}\\))?\\s*[–—-]{1,2}\\s");
    /** A first paragraph this short, or without a full stop, is a headline (DevSetTest). */
    static final int HEADLINE_MAX_CHARS = 120;
    /** How far into the body a dateline may reach. */
    static final int DATELINE_MAX_CHARS = 120;

    private final Lexicon lexicon;

    public Tagger(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public TaggedText tag(AnalyzedText doc) {
        List<TaggedSentence> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            out.add(new TaggedSentence(s, lexicon));
        }
        int headlineEnd = headlineEnd(doc);
        return new TaggedText(doc, out, headlineEnd, datelineEnd(doc.text(), headlineEnd));
    }

    private static int headlineEnd(AnalyzedText doc) {
        List<Sentence> s = doc.sentences();
        if (s.size() > 1 && s.get(0).paragraph() != s.get(1).paragraph()) {
            String t = s.get(0).text();
            if (!t.endsWith(".") || t.length() < HEADLINE_MAX_CHARS) {
                return s.get(0).end();
            }
        }
        if (s.size() == 1) {
            // a feed item or monitor line that is only a headline: "Militia clashes kill 10 in east DR Congo"
            String t = s.get(0).text().strip();
            char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
            if ((last != '.' && last != '!' && last != '?') || headlineCased(s.get(0))) {
                return s.get(0).end();
            }
        }
        if (s.size() > 1) {
            // a headline the splitter cut at a full stop inside it, "Apaseo el Alto. Guanajuato: Man Killed in ...":
            // a short first paragraph that ends without one
            int n = 1;
            while (n < s.size() && s.get(n).paragraph() == s.get(0).paragraph()) {
                n++;
            }
            Sentence lastOfFirst = s.get(n - 1);
            String t = doc.text().substring(s.get(0).start(), lastOfFirst.end()).strip();
            char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
            if (n > 1 && t.length() <= HEADLINE_MAX_CHARS && last != '.' && last != '!' && last != '?') {
                return lastOfFirst.end();
            }
        }
        return 0;
    }

    /** Share of a sentence's longer words written with a capital from which it is set in Title Case or capitals. */
    static final double HEADLINE_CASE_SHARE = 0.7;

    /** "Junta Missile Attack Kills Elderly Woman", "TWO KILLED IN BLAST": every longer word capitalised. */
    static boolean headlineCased(Sentence s) {
        int words = 0, capital = 0;
        for (var t : s.tokens()) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capital++;
                }
            }
        }
        return words >= 3 && capital >= HEADLINE_CASE_SHARE * words;
    }

    private static int datelineEnd(String text, int headlineEnd) {
        int start = headlineEnd;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher m = DATELINE.matcher(text.substring(start, Math.min(text.length(), start + DATELINE_MAX_CHARS)));
        return m.find() ? start + m.end() : -1;
    }
}
