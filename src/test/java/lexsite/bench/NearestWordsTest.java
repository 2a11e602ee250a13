package lexsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lexsite.concepts.ConceptMatcher;
import lexsite.embed.Embedder;
import lexsite.embed.ModelVocabulary;
import org.junit.jupiter.api.Test;

class NearestWordsTest {

    /** Words on three axes: detention, work, and one ("country") near every passage. */
    private static final Map<String, float[]> WORDS = Map.of(
            "detain", Embedder.unit(new float[] {1, 0, 0.15f}),
            "detained", Embedder.unit(new float[] {1, 0, 0.1f}),
            "detention", Embedder.unit(new float[] {0.95f, 0, 0.1f}),
            "jail", Embedder.unit(new float[] {0.9f, 0.1f, 0.2f}),
            "fired", Embedder.unit(new float[] {0, 1, 0.1f}),
            "country", Embedder.unit(new float[] {0.6f, 0.6f, 0.5f}),
            "the", Embedder.unit(new float[] {1, 1, 1}));
    private static final Embedder FIXED = text -> WORDS.get(text);
    private static final float[] ON_DETENTION = Embedder.unit(new float[] {1, 0, 0.3f});
    private static final float[] ON_WORK = Embedder.unit(new float[] {0, 1, 0.3f});

    private NearestWords vocabulary() {
        return new NearestWords(List.of("country", "detain", "detained", "detention", "fired", "jail", "the"), FIXED, ConceptMatcher.analyzer("en"));
    }

    @Test
    void leavesOutStopWordsTheWordsThePassageHasAndASecondFormOfAStem() {
        NearestWords v = vocabulary();
        assertEquals(List.of("country", "detain", "detained", "detention", "fired", "jail"), v.words());
        List<String> near = v.near(0, ON_DETENTION, "compulsory accommodation", 3, 0f, 0f);
        assertEquals(List.of("jail", "detain", "detention"), near, "nearest first; detained, of detain's stem, is left out");
        assertTrue(!v.near(0, ON_DETENTION, "the jail", 5, 0f, 0f).contains("jail"), "the passage has the word already");
    }

    @Test
    void theHubCorrectionDemotesAWordNearEveryPassage() {
        NearestWords v = vocabulary();
        float[] onDismissalAbroad = Embedder.unit(new float[] {0.3f, 1, 0.6f});
        assertEquals("country", v.near(2, onDismissalAbroad, "employment", 1, 0f, 0f).get(0));
        v.calibrate(List.of(ON_DETENTION, ON_WORK, onDismissalAbroad), 0, 0); // mean over every passage
        assertEquals("fired", v.near(2, onDismissalAbroad, "employment", 1, 0f, 1f).get(0), "country is near every passage");
    }

    @Test
    void theTokenizerVocabularyIsWholeAlphabeticWords() {
        List<String> words = ModelVocabulary.words();
        assertTrue(words.size() > 20_000, () -> words.size() + " words");
        assertTrue(words.stream().allMatch(w -> w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')));
        assertTrue(words.contains("deportation") && words.contains("jail"));
        assertTrue(ModelVocabulary.words(5_000).size() < words.size() / 3, "a lower id cap keeps fewer, commoner words");
    }
}
