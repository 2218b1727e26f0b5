package org.sitrep.nlp;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions), run in-process by ONNX Runtime from the model bundled in
 * its Maven artifact: offline, no download. Loading takes about a second, so it is built once and shared.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

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
}
