package org.sitrep.spark;

import org.sitrep.model.Article;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One input of the archive as it travels between Spark tasks: an article, or the one-line reason it could
 * not become one. The core's {@link Article} is not {@link Serializable}; this carries its fields.
 */
record Doc(String input, String id, String text, LocalDate published, String source, String url, String language,
           String byline, String problem) implements Serializable {

    static Doc of(String input, Article a) {
        return new Doc(input, a.id(), a.text(), a.published(), a.source(), a.url(), a.language(), a.byline(), null);
    }

    static Doc bad(String input, String problem) {
        return new Doc(input, null, null, null, null, null, null, null, problem);
    }

    boolean isBad() {
        return problem != null;
    }

    Article article() {
        return new Article(id, text, published, source, url, language, byline);
    }
}
