package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import lexsite.search.QueryPlan.Alternative;
import lexsite.search.QueryPlan.Phrase;
import lexsite.search.QueryPlan.Source;
import lexsite.search.QueryPlan.Word;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class QueryPlanTest {

    private final EnglishAnalyzer english = new EnglishAnalyzer();
    private final Synonyms synonyms = new Synonyms(Map.of("deportation", List.of("expulsion", "return")), english);
    private final Vocabulary vocabulary = new Vocabulary(Map.of("residence", 40, "resident", 12, "permit", 50,
            "expulsion", 9, "return", 20, "deportation", 0, "special", 5, "centre", 4));

    private QueryPlan plan(String query) {
        return QueryPlan.of(query, vocabulary, synonyms, new StandardAnalyzer(), english);
    }

    @Test
    void knownWordsStandForThemselves() {
        assertEquals(List.of(new Word("residence", List.of(typed("residence"))), new Word("permit", List.of(typed("permit")))),
                plan("Residence permit ").clauses());
    }

    @Test
    void quotedWordsAreOnePhraseAndAnUnclosedQuoteIsIgnored() {
        assertEquals(List.of(new Phrase("special centre"), new Word("permit", List.of(typed("permit")))),
                plan("\"special centre\" permit").clauses());
        assertEquals(List.of(new Word("special", List.of(typed("special"))), new Word("centre", List.of(typed("centre")))),
                plan("\"special centre ").clauses());
    }

    @Test
    void everyFormOfASynonymsWordFindsItsMeaningsAtHalfWeight() {
        Word deported = (Word) plan("deported ").clauses().get(0);
        assertEquals(List.of(typed("deported"), new Alternative("expulsion", 0.5f, Source.SYNONYM),
                new Alternative("return", 0.5f, Source.SYNONYM)), deported.alternatives());
    }

    @Test
    void theLastWordStillBeingTypedIsCompletedOthersAreNot() {
        assertEquals(List.of(typed("resid"), completion("residence"), completion("resident")),
                ((Word) plan("permit resid").clauses().get(1)).alternatives());
        assertEquals(List.of(typed("resid")), ((Word) plan("resid permit").clauses().get(0)).alternatives());
        assertEquals(List.of(typed("resid")), ((Word) plan("resid ").clauses().get(0)).alternatives());
    }

    @Test
    void aMisspeltWordIsCorrectedAndACorrectedSynonymBringsItsMeanings() {
        assertEquals(List.of(typed("deportaton"), new Alternative("deportation", 1f, Source.CORRECTION),
                        new Alternative("expulsion", 0.5f, Source.SYNONYM), new Alternative("return", 0.5f, Source.SYNONYM)),
                ((Word) plan("deportaton ").clauses().get(0)).alternatives());
    }

    @Test
    void aQueryFramedByQuestionWordsIsAQuestionAndLosesThem() {
        QueryPlan asked = plan("how long can I stay with a residence permit");
        assertEquals(true, asked.question());
        assertEquals(false, asked.clauses().stream().anyMatch(c -> c instanceof Word w && QueryPlan.QUESTION_WORDS.contains(w.typed())));
        assertEquals(false, plan("residence permit").question());
        // nothing but question words: they are kept, and the query is not taken for a question
        assertEquals(false, plan("how can I").question());
    }

    private static Alternative typed(String word) {
        return new Alternative(word, 1f, Source.TYPED);
    }

    private static Alternative completion(String word) {
        return new Alternative(word, 1f, Source.COMPLETION);
    }
}
