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
