package org.sitrep.nlp;

/** Maps a sentence to a fixed-length vector whose geometry follows meaning. Implementations are thread-safe. */
public interface SentenceEmbedder {
    /** The vector of one sentence; its length is {@link #dimensions()}. */
    float[] embed(String sentence);

    int dimensions();
}
