package org.sitrep.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * How many threads one embedding uses changes no bit of it: the events of `sitrep archive` (one thread a task)
 * and of `sitrep extract` alone (ONNX Runtime's pool) rest on the same vectors.
 */
class MiniLmEmbedderTest {
    private static final List<String> SENTENCES = List.of(
            "Turkish artillery shelled the village of Tal Tamr on Tuesday, killing two civilians.",
            "Hundreds of protesters gathered outside the governor's office in Basra demanding jobs.",
            "An IED exploded near a patrol on the road to Afrin.",
            "The ministry said it would announce new measures next week.");

    @Test
    void oneThreadAndTheRuntimesPoolGiveTheSameVectors() {
        MiniLmEmbedder alone = new MiniLmEmbedder(1), pooled = new MiniLmEmbedder();
        for (String s : SENTENCES) {
            float[] a = alone.embed(s);
            assertEquals(384, a.length);
            assertArrayEquals(pooled.embed(s), a, 0f, s);
        }
    }

    @Test
    void negativeThreadsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MiniLmEmbedder(-1));
    }
}
