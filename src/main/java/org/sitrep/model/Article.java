package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report as read from its source. {@code published} may be null: dates in the text then stay
 * unresolved unless the caller supplies a default publication date. {@code byline}, who wrote it, is
 * null when the source does not say.
 */
public record Article(String id, String text, LocalDate published, String source, String url, String language,
                      String byline) {
    public Article(String id, String text, LocalDate published, String source, String url, String language) {
        this(id, text, published, source, url, language, null);
    }

    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
        id = withoutControls(id);
        text = withoutControls(text);
        source = withoutControls(source);
        url = withoutControls(url);
        byline = withoutControls(byline);
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /**
     * {@code s} with every control character but tab, line feed, carriage return and form feed replaced
     * by a space: they are no part of a report (a NUL is a broken scraper, and PostgreSQL refuses it in
     * text), and one space for one character keeps every offset into the text. Null stays null.
     */
    public static String withoutControls(String s) {
        if (s == null) {
            return null;
        }
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f' || ch == 0x7f) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = ' ';
            }
        }
        return c == null ? s : new String(c);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, date, source, url, language, byline);
    }
}
