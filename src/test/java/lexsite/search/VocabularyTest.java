package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary(Map.of(
            "residence", 40, "resident", 12, "residing", 3, "president", 1, "permit", 50, "expulsion", 9,
            "deportation", 0, "visa", 30));

    @Test
    void completionsAreTheCommonestLongerWordsWithThatBeginning() {
        assertEquals(List.of("residence", "resident", "residing"), vocabulary.completions("resid"));
        assertEquals(List.of(), vocabulary.completions("residence"));
    }

    @Test
    void oneEditIncludingASwapOfNeighbours() {
        assertEquals(List.of("residence"), vocabulary.corrections("resdience"));
        assertEquals(List.of("expulsion"), vocabulary.corrections("expulsoin"));
    }

    @Test
    void longWordsMayBeTwoEditsAwayShortOnesOnlyOne() {
        assertEquals(List.of("residence"), vocabulary.corrections("rezidance"));
        assertEquals(List.of(), vocabulary.corrections("pirmot"));
        assertEquals(List.of("permit"), vocabulary.corrections("permot"));
    }

    @Test
    void synonymWordsCanBeCorrectedToo() {
        assertEquals(List.of("deportation"), vocabulary.corrections("deportaton"));
    }

    @Test
    void shortWordsAndNumbersAreNeverCorrected() {
        assertEquals(List.of(), vocabulary.corrections("vise"));
        assertEquals(List.of(), vocabulary.corrections("24i12"));
    }

    @Test
    void editDistanceStopsEarlyPastTheLimit() {
        assertEquals(1, EditDistance.of("permit", "permits", 2));
        assertEquals(1, EditDistance.of("ab", "ba", 2));
        assertEquals(3, EditDistance.of("residence", "visa", 2));
    }
}
