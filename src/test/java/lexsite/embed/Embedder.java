package lexsite.embed;

/** Turns a text into a unit-length sentence vector, so a dot product is the cosine similarity. */
public interface Embedder {

    float[] embed(String text);

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static float[] unit(float[] v) {
        double n = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (n == 0 ? 0 : v[i] / n);
        return out;
    }
}
