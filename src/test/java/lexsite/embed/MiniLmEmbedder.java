package lexsite.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized), run in-process by ONNX Runtime from the model inside langchain4j's jar: no network.
 * The model is loaded on the first text, so a build whose every passage is cached never loads it.
 */
public final class MiniLmEmbedder implements Embedder {

    /** Names the model in the cache, so vectors of another model are never mixed in. */
    public static final String MODEL = "all-minilm-l6-v2-q";

    private AllMiniLmL6V2QuantizedEmbeddingModel model;

    @Override
    public synchronized float[] embed(String text) {
        if (model == null) model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return Embedder.unit(model.embed(text).content().vector());
    }
}
