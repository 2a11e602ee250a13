package lexsite.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import lexsite.search.QueryAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Words whose Porter stem is another word's keep their own term, so one meaning does not match the other. */
class StemExclusionsTest {

    private final Analyzer english = ConceptMatcher.analyzer("en");

    @Test
    void forcedReturnsDoNotMatchEnteringIntoForce() {
        assertEquals(List.of("enter", "force"), QueryAnalysis.terms(english, "entered into force"));
        assertNotEquals(QueryAnalysis.terms(english, "force"), QueryAnalysis.terms(english, "forced"));
    }

    @Test
    void internsAreNotInternational() {
        assertNotEquals(QueryAnalysis.terms(english, "international"), QueryAnalysis.terms(english, "interns"));
        assertEquals(QueryAnalysis.terms(english, "intern"), QueryAnalysis.terms(english, "interns"));
    }

    @Test
    void otherWordsStemAsBefore() {
        assertEquals(QueryAnalysis.terms(english, "returned"), QueryAnalysis.terms(english, "returns"));
    }
}
