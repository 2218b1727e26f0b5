package org.sitrep.model;

/** A stretch of an article's text, by character offsets [start, end). */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not fit [" + start + ", " + end + ")");
        }
    }

    public static Span of(String document, int start, int end) {
        return new Span(start, end, document.substring(start, end));
    }
}
