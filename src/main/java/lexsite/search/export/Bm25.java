package lexsite.search.export;

/**
 * Lucene's BM25 (k1 = 1.2, b = 0.75 as {@code BM25Similarity}'s defaults, or the field's own b) computed from
 * exported statistics alone.
 * The browser client (engine.js) implements these same lines; a test holds them equal to Lucene's own scores.
 */
public final class Bm25 {

    public static final float K1 = 1.2f;
    public static final float B = 0.75f;

    private Bm25() {
    }

    /** Lucene's idf: ln(1 + (docCount − docFreq + 0.5) / (docFreq + 0.5)). */
    public static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** One over the length normalisation of a field {@code length} long, as BM25Similarity caches it per norm. */
    public static float normInverse(int length, float averageLength) {
        return normInverse(length, averageLength, B);
    }

    /** The same for a field whose b is {@code b}. */
    public static float normInverse(int length, float averageLength, float b) {
        return 1f / (K1 * ((1 - b) + b * length / averageLength));
    }

    /** The score of one term in one document's field, as {@code BM25Similarity.BM25Scorer.score} computes it. */
    public static float score(float boost, long docFreq, FieldStats field, int doc, int freq) {
        float weight = boost * idf(docFreq, field.docCount());
        return weight - weight / (1f + freq * normInverse(field.lengths()[doc], field.averageLength(), field.b()));
    }
}
