package org.sitrep.nlp;

/** One token, with character offsets [start, end) into the article text. */
public record Token(String text, int start, int end) {
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
