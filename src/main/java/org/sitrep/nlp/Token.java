package org.sitrep.nlp;

import java.util.Locale;

/**
 * One token, with character offsets [start, end) into the article text. {@code lower} is the
 * lower-cased text, computed once: every word list and phrase table is matched against it.
 */
public record Token(String text, int start, int end, String lower) {
    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token '" + text + "' has offsets [" + start + ", " + end + ")");
        }
    }

    public Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(Locale.ROOT));
    }

    /** Whether the word begins with a capital, past an ayn that opens it ("'Ala", "`Amiriyah": CoreNlpAnalyzer). */
    public boolean isCapitalized() {
        return capitalized(text);
    }

    /** {@link #isCapitalized} for any word. */
    public static boolean capitalized(String word) {
        int i = word.length() > 1 && AYNS.indexOf(word.charAt(0)) >= 0 ? 1 : 0;
        return word.length() > i && Character.isUpperCase(word.codePointAt(i));
    }

    /** The apostrophes a transliteration writes for an ayn or a hamza. */
    static final String AYNS = "'’‘`";
}
