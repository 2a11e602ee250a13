package lexsite.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lexsite.embed.Embedder;
import lexsite.search.QueryAnalysis;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words of a vocabulary nearest a passage by meaning (cosine of their sentence vectors), leaving out those the
 * passage already has (by stem) and keeping one word per stem: reader's words a passage lacks.
 */
final class NearestWords {

    private final Analyzer stemmer;
    private List<String> words = new ArrayList<>(), stems = new ArrayList<>();
    private float[][] vectors;
    /** Per word, what its cosine with a passage is lowered by: words near every passage mean nothing in particular. */
    private float[] hub;
    /** Per word, the numbers of the passages nearest it, where a word may go only to those; null: to any. */
    private int[][] nearestPassages;

    NearestWords(List<String> vocabulary, Embedder embedder, Analyzer stemmer) {
        this.stemmer = stemmer;
        for (String w : vocabulary) {
            List<String> s = QueryAnalysis.terms(stemmer, w);
            if (s.size() != 1) continue; // a stop word
            words.add(w);
            stems.add(s.get(0));
        }
        vectors = words.stream().map(embedder::embed).toArray(float[][]::new);
    }

    /** The words kept (stop words left out), in order. */
    List<String> words() {
        return List.copyOf(words);
    }

    /** Leaves out every word whose stem is in {@code has} (the words the content has already). */
    void without(Set<String> has) {
        List<String> w = new ArrayList<>(), s = new ArrayList<>();
        List<float[]> v = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (has.contains(stems.get(i))) continue;
            w.add(words.get(i));
            s.add(stems.get(i));
            v.add(vectors[i]);
        }
        words = w;
        stems = s;
        vectors = v.toArray(float[][]::new);
    }

    /**
     * Lowers each word's cosine by the mean of its {@code k} highest cosines with {@code passages} (CSLS, as in
     * cross-lingual word retrieval), so that words near everything ("bulgarian", "consulate") stop winning every
     * passage; {@code k} = 0 lowers it by its mean over all passages. With {@code mutual} > 0, a word goes only to
     * its {@code mutual} nearest passages (numbered as in {@code passages}).
     */
    void calibrate(List<float[]> passages, int k, int mutual) {
        hub = new float[vectors.length];
        nearestPassages = mutual > 0 ? new int[vectors.length][] : null;
        for (int i = 0; i < vectors.length; i++) {
            float[] c = new float[passages.size()];
            for (int j = 0; j < c.length; j++) c[j] = Embedder.dot(passages.get(j), vectors[i]);
            if (mutual > 0) nearestPassages[i] = Arrays.stream(order(c)).limit(mutual).mapToInt(Integer::intValue).toArray();
            int n = k <= 0 ? c.length : Math.min(k, c.length);
            float[] sorted = c.clone();
            Arrays.sort(sorted);
            float sum = 0;
            for (int j = sorted.length - n; j < sorted.length; j++) sum += sorted[j];
            hub[i] = sum / n;
        }
    }

    /**
     * For the {@code number}th passage: at most {@code most} words whose cosine is at least {@code least}, ranked by
     * their cosine less {@code alpha} times their {@link #calibrate hub} figure.
     */
    List<String> near(int number, float[] passage, String passageText, int most, float least, float alpha) {
        Set<String> has = new HashSet<>(QueryAnalysis.terms(stemmer, passageText));
        float[] raw = new float[vectors.length], score = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            raw[i] = Embedder.dot(passage, vectors[i]);
            score[i] = raw[i] - (hub == null ? 0 : alpha * hub[i]);
        }
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i : order(score)) {
            if (out.size() >= most) break;
            if (raw[i] < least || has.contains(stems.get(i)) || !taken.add(stems.get(i))) continue;
            if (nearestPassages != null && Arrays.stream(nearestPassages[i]).noneMatch(n -> n == number)) continue;
            out.add(words.get(i));
        }
        return out;
    }

    /** Indexes by descending value, the lower index first on a tie. */
    private static Integer[] order(float[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Float.compare(values[b], values[a]) : Integer.compare(a, b));
        return order;
    }
}
