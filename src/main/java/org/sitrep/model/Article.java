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
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, text, date, source, url, language, byline);
    }
}
