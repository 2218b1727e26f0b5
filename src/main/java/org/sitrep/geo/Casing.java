package org.sitrep.geo;

import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What capitalisation says about a sentence or a word: title-case headlines, capitals, lower-case words. */
final class Casing {
    private Casing() {
    }

    /**
     * Capitalised words the article also writes alone, mid-sentence and without an article before them:
     * "Watts said" after "Shannon Watts" is a surname, so "Shannon" there was a first name, not a place
     * ("the Rockets" after "Houston Rockets" is a team, and keeps "Houston" a place in its name).
     */
    static Set<String> loneCapitals(AnalyzedText doc) {
        Set<String> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            if (titleCase(toks)) {
                continue;
            }
            for (int i = 1; i < toks.size(); i++) {
                Token t = toks.get(i), prev = toks.get(i - 1);
                if (t.isCapitalized() && !prev.isCapitalized() && !prev.lower().equals("the") && !prev.lower().equals("a")
                        && (Character.isLetter(prev.text().charAt(0)) || prev.text().equals(","))
                        && (i + 1 == toks.size() || !toks.get(i + 1).isCapitalized())) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    /** Headlines in title case capitalise every word: the run rule cannot apply there. */
    static boolean titleCase(List<Token> toks) {
        int words = 0, caps = 0;
        for (Token t : toks) {
            if (!t.text().isEmpty() && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.isCapitalized()) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps >= 0.7 * words;
    }

    /** A word of three letters or more in capitals: "LONDON", "HASAKAH". */
    static boolean allCaps(Token t) {
        String w = t.text();
        return w.length() >= 3 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** The words an article writes in lower case somewhere ("park", "reading"). */
    static Set<String> lowerCaseVocabulary(AnalyzedText doc) {
        Set<String> words = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
