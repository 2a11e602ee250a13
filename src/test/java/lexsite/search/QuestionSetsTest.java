package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's question sets against the real content, in the CLI ({@link SiteSearcher}) and in the browser's engine
 * (engine.js under Node, over the export of the same index): the engine must give the CLI's first ten ids for every
 * question, and neither may fall below the figures reached when the sets were last measured ({@link QuestionSets#FLOORS}: the
 * issue asks for 95% in the top five and an MRR of 0.8, which only the dev set reaches so far). Prints the
 * figures and every miss.
 */
class QuestionSetsTest {


    private static final List<String> REPORT = new ArrayList<>();

    @AfterAll
    static void print() {
        REPORT.forEach(System.out::println);
    }

    @Test
    void theCliAnswersThePlainQuestions() {
        List<QuestionSets.Figures> all = new ArrayList<>();
        try (SiteSearcher cli = new SiteSearcher(RealIndex.copy(), SiteSearcher.Marks.BRACKETS)) {
            for (String set : QuestionSets.SETS) {
                List<QuestionSets.Resolved> questions = QuestionSets.resolve(set, RealIndex.copy());
                all.add(QuestionSets.measure(set, "CLI", questions, q -> cli.search(SearchRequest.of(q, QuestionSets.DEPTH)).ids()));
            }
        }
        report(all);
        assertMeetsTheFloor(all);
    }

    @Test
    void theBrowsersEngineAnswersThemAsTheCliDoes() throws Exception {
        assumeTrue(NodeAnalyzer.available(), "node is not on the PATH: the engine was not measured");
        List<QuestionSets.Figures> all = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(RealIndex.copy());
             SiteSearcher cli = new SiteSearcher(RealIndex.copy(), SiteSearcher.Marks.BRACKETS)) {
            NodeEngine engine = new NodeEngine(reader, Files.createTempDirectory(Path.of("target"), "questions-site"));
            for (String set : QuestionSets.SETS) {
                List<QuestionSets.Resolved> questions = QuestionSets.resolve(set, RealIndex.copy());
                List<JsonNode> results = engine.run(questions.stream()
                        .map(r -> new NodeEngine.Request(r.question().q(), Map.of("limit", QuestionSets.DEPTH))).toList());
                List<List<String>> rankings = new ArrayList<>();
                for (int i = 0; i < questions.size(); i++) {
                    List<String> ids = new ArrayList<>();
                    results.get(i).get("results").get("hits").forEach(h -> ids.add(h.get("id").asText()));
                    rankings.add(ids);
                    String q = questions.get(i).question().q();
                    List<String> theirs = cli.search(SearchRequest.of(q, QuestionSets.DEPTH)).ids();
                    if (!ids.equals(theirs)) differences.add("  \"" + q + "\"\n    cli    " + theirs + "\n    engine " + ids);
                }
                all.add(QuestionSets.figures(set, "engine.js (Node)", questions, rankings));
            }
        }
        report(all);
        differences.forEach(REPORT::add);
        assertEquals(List.of(), differences, "the engine and the CLI rank differently");
        assertMeetsTheFloor(all);
    }

    static void report(List<QuestionSets.Figures> all) {
        for (QuestionSets.Figures f : all) {
            REPORT.add("questions: " + f);
            REPORT.addAll(f.misses());
        }
    }

    static void assertMeetsTheFloor(List<QuestionSets.Figures> all) {
        for (QuestionSets.Figures f : all) {
            double[] floor = QuestionSets.FLOORS.get(f.set());
            assertTrue(f.hitRate() >= floor[0] && f.mrr() >= floor[1],
                    () -> String.format("below the floor (hit@5 %.2f, MRR %.2f): %s", floor[0], floor[1], f));
        }
    }
}
