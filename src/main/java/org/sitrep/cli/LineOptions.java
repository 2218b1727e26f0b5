package org.sitrep.cli;

import org.sitrep.extract.TypeMode;
import org.sitrep.nlp.MiniLmEmbedder;

import java.util.Objects;

/**
 * How {@link Engine} builds the extraction line: who types events, and how many threads one call of the
 * embedding model may use. A caller that runs several extractions at once (a Spark executor's tasks,
 * {@code extract --threads}) gives each call its share of the cores, so that N extractions use N cores and
 * not N times the model's pool.
 *
 * @param modelThreads intra-op threads of ONNX Runtime for one embedding; {@link MiniLmEmbedder#RUNTIME_DEFAULT}
 *                     (0) lets ONNX Runtime choose (a thread per physical core)
 */
public record LineOptions(TypeMode types, int modelThreads) {
    public LineOptions {
        Objects.requireNonNull(types, "typing mode");
        if (modelThreads < 0) {
            throw new IllegalArgumentException("model threads must be 0 (ONNX Runtime's choice) or more, not " + modelThreads);
        }
    }

    /** One caller on the whole machine: ONNX Runtime chooses its threads. */
    public static LineOptions alone(TypeMode types) {
        return new LineOptions(types, MiniLmEmbedder.RUNTIME_DEFAULT);
    }

    /**
     * {@code parallel} extractions at once on {@code cores} cores: each embedding gets its share, at least one
     * thread (its own). One extraction alone keeps ONNX Runtime's choice.
     */
    public static LineOptions sharing(TypeMode types, int parallel, int cores) {
        if (parallel < 1 || cores < 1) {
            throw new IllegalArgumentException("extractions at once and cores must be 1 or more, not " + parallel
                    + " on " + cores);
        }
        return parallel == 1 ? alone(types) : new LineOptions(types, Math.max(1, cores / parallel));
    }
}
