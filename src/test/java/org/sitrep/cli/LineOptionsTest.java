package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.TypeMode;
import org.sitrep.nlp.MiniLmEmbedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LineOptionsTest {
    @Test
    void extractionsAtOnceShareTheCoresAndOneAloneLeavesTheRuntimeToChoose() {
        assertEquals(1, LineOptions.sharing(TypeMode.BOTH, 2, 2).modelThreads());
        assertEquals(1, LineOptions.sharing(TypeMode.BOTH, 8, 2).modelThreads(), "never fewer than the caller's own thread");
        assertEquals(2, LineOptions.sharing(TypeMode.BOTH, 4, 8).modelThreads());
        assertEquals(MiniLmEmbedder.RUNTIME_DEFAULT, LineOptions.sharing(TypeMode.BOTH, 1, 2).modelThreads());
    }

    @Test
    void nonsenseIsRefusedWithTheValue() {
        assertEquals("model threads must be 0 (ONNX Runtime's choice) or more, not -1",
                assertThrows(IllegalArgumentException.class, () -> new LineOptions(TypeMode.BOTH, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LineOptions.sharing(TypeMode.BOTH, 0, 2));
        assertThrows(NullPointerException.class, () -> new LineOptions(null, 1));
    }
}
