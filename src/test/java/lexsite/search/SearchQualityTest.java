package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queries of queries.yaml against the index of the real content: at least 90% must find an accepted document
 * in the top five. The test prints the figure and every miss.
 */
public class SearchQualityTest {

    public record Expectation(String query, List<String> accept) {
    }

    public record QuerySet(List<Expectation> queries) {
    }

    private static final int TOP = 5;
    private static final double FLOOR = 90;

    @Test
    void queriesFindAnAcceptedDocumentInTheTopFive() throws IOException {
        List<Expectation> expectations = load().queries();
        List<String> misses = new ArrayList<>();
        try (SiteSearcher searcher = new SiteSearcher(RealIndex.copy(), SiteSearcher.Marks.BRACKETS)) {
            for (Expectation e : expectations) {
                List<String> top = searcher.search(SearchRequest.of(e.query(), TOP)).ids();
                if (top.stream().noneMatch(id -> accepted(id, e.accept()))) {
                    misses.add("  \"" + e.query() + "\" wants one of " + e.accept() + "; got " + top);
                }
            }
        }
        int hits = expectations.size() - misses.size();
        double percent = 100.0 * hits / expectations.size();
        System.out.printf("search quality: %d queries, %d with an accepted document in the top %d (%.1f%%)%n",
                expectations.size(), hits, TOP, percent);
        misses.forEach(System.out::println);
        assertTrue(expectations.size() >= 30, "the set needs at least 30 queries");
        assertTrue(percent >= FLOOR, () -> String.format("%.1f%% in the top %d, below %.0f%%:%n%s", percent, TOP, FLOOR,
                String.join("\n", misses)));
    }

    /** An accepted id stands for itself and every node or section under it. */
    public static boolean accepted(String id, List<String> accept) {
        return accept.stream().anyMatch(a -> id.equals(a) || id.startsWith(a + "__") || id.startsWith(a + "#"));
    }

    /** queries.yaml: what a reader types, with the ids a caseworker would accept. */
    public static QuerySet load() throws IOException {
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("queries.yaml")) {
            assertNotNull(in, "queries.yaml is missing");
            return new ObjectMapper(new YAMLFactory()).readValue(in, QuerySet.class);
        }
    }
}
