package org.sitrep.spark;

import org.sitrep.fuse.Fusion;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What extraction hands the outputs: one event, one rejected input, or one article with its events (for
 * {@code sitrep ingest DIR}). An event carries its record twice: {@code line} as the chosen output format
 * writes it (byte for byte what {@code sitrep extract} prints), and {@code stored}, the store's full form,
 * from which fusion and Parquet rebuild it.
 *
 * @param fuseKey   where fusion looks for other reports of the event: its country, or null when the event has
 *                  no day or no place finer than a country (it can join no other report, as in the store)
 * @param published the article's publication day ({@link #UNDATED} when it has none): fusion takes the figures
 *                  of the reports published last, as the store does
 */
record Result(Kind kind, String articleId, String eventId, String fuseKey, long day, long published, String stored,
              String line) implements Serializable {

    /** The publication day of an article that gives none. */
    static final long UNDATED = Long.MIN_VALUE;

    enum Kind { EVENT, REJECT, ARTICLE }

    static Result reject(String json) {
        return new Result(Kind.REJECT, null, null, null, 0, UNDATED, null, json);
    }

    /** An article; its publication day (or {@link #UNDATED}) orders the store's load. */
    static Result article(String articleId, long published, String json) {
        return new Result(Kind.ARTICLE, articleId, null, null, published, published, null, json);
    }

    /** When the event's article was told, for fusion. */
    Fusion.Told told() {
        return told(published);
    }

    /** A publication day as fusion takes it; an archive's page is never a re-published version of another. */
    static Fusion.Told told(long published) {
        return published == UNDATED ? Fusion.Told.UNKNOWN : new Fusion.Told(LocalDate.ofEpochDay(published), false);
    }
}
