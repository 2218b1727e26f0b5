package org.sitrep.spark;

import java.io.Serializable;

/**
 * What extraction hands the outputs: one event, one rejected input, or one article with its events (for
 * {@code sitrep ingest DIR}). An event carries its record twice: {@code line} as the chosen output format
 * writes it (byte for byte what {@code sitrep extract} prints), and {@code stored}, the store's full form,
 * from which fusion and Parquet rebuild it.
 *
 * @param fuseKey where fusion looks for other reports of the event: its country, or null when the event has
 *                no day or no place finer than a country (it can join no other report, as in the store)
 */
record Result(Kind kind, String articleId, String eventId, String fuseKey, long day, String stored, String line)
        implements Serializable {

    enum Kind { EVENT, REJECT, ARTICLE }

    static Result reject(String json) {
        return new Result(Kind.REJECT, null, null, null, 0, null, json);
    }

    /** An article; {@code day}, its publication day (or {@link Long#MIN_VALUE}), orders the store's load. */
    static Result article(String articleId, long day, String json) {
        return new Result(Kind.ARTICLE, articleId, null, null, day, null, json);
    }
}
