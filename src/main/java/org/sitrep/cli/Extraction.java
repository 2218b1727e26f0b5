package org.sitrep.cli;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.util.List;

/** One article's events, or the one-line reason it has none: what a batch worker hands back. */
record Extraction(Article article, List<Event> events, String problem) {
    Extraction {
        events = events == null ? List.of() : List.copyOf(events);
        if ((problem == null) == (article == null)) {
            throw new IllegalArgumentException("an extraction has either an article or a problem");
        }
    }

    static Extraction of(Article article, List<Event> events) {
        return new Extraction(article, events, null);
    }

    static Extraction failed(String problem) {
        return new Extraction(null, List.of(), problem);
    }

    boolean isFailed() {
        return problem != null;
    }
}
