package lexsite.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lexsite.model.Concept;
import org.junit.jupiter.api.Test;

class ConceptMatcherTest {

    private static Concept concept(String id, String... law) {
        return new Concept(id, List.of(id), List.of(law), "content/concepts.yaml", 1);
    }

    private final ConceptMatcher matcher = new ConceptMatcher(List.of(
            concept("detention", "compulsory accommodation", "special centre"),
            concept("expulsion", "expulsion"),
            concept("fine", "a fine of")), "en");

    private List<String> ids(String text) {
        return matcher.matches(text).stream().map(Concept::id).toList();
    }

    @Test
    void aPhraseMatchesInOtherFormsOfItsWords() {
        assertEquals(List.of("detention"), ids("They are placed in special centres for temporary accommodation."));
    }

    @Test
    void conceptsComeInTheFileOrderNotTheTextOrder() {
        assertEquals(List.of("detention", "expulsion"), ids("Expulsion follows compulsory accommodation."));
    }

    @Test
    void thePhraseMustBeWholeAndInOrder() {
        assertEquals(List.of(), ids("accommodation is compulsory; a special fee"));
        assertEquals(List.of(), ids("the special"));
    }

    @Test
    void aPhraseAtTheVeryEndMatchesAndStopWordsAreLeftOut() {
        assertEquals(List.of("fine"), ids("shall be punished by the fine"));
        assertEquals("fine", matcher.plainWords("punishable with a fine of BGN 100"));
    }
}
