package lexsite.bench;

import java.util.ArrayList;
import java.util.List;
import lexsite.embed.Embedder;
import lexsite.model.Concept;

/**
 * Finds the subjects a passage deals with by meaning rather than by the law's exact phrases: a passage is near a
 * concept when the cosine between their sentence vectors reaches a threshold. It adds to {@link ConceptMatcher},
 * for passages that speak of a subject in words the concept's list lacks.
 */
public final class ConceptNeighbours {

    private record Described(Concept concept, float[] vector) {
    }

    private final Embedder embedder;
    private final float threshold;
    private final int most;
    private final List<Described> concepts = new ArrayList<>();

    /**
     * @param threshold the least cosine for a concept to count
     * @param most      at most this many concepts per passage, the nearest
     */
    public ConceptNeighbours(List<Concept> concepts, Embedder embedder, float threshold, int most) {
        this.embedder = embedder;
        this.threshold = threshold;
        this.most = most;
        for (Concept c : concepts) this.concepts.add(new Described(c, embedder.embed(description(c))));
    }

    /** A concept as a sentence the model reads: its reader's words, then the law's. */
    static String description(Concept c) {
        return String.join(", ", c.words()) + ". " + String.join(", ", c.law()) + ".";
    }

    /** The concepts nearest {@code text} at or above the threshold, nearest first. */
    public List<Concept> near(String text) {
        float[] v = embedder.embed(text);
        List<float[]> scored = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            float cos = Embedder.dot(v, concepts.get(i).vector());
            if (cos >= threshold) scored.add(new float[] {cos, i});
        }
        scored.sort((a, b) -> a[0] != b[0] ? Float.compare(b[0], a[0]) : Float.compare(a[1], b[1]));
        return scored.stream().limit(most).map(s -> concepts.get((int) s[1]).concept()).toList();
    }
}
