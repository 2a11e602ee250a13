package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lexsite.search.RealIndex;
import lexsite.search.SearchQualityTest;
import lexsite.search.SearchQualityTest.Expectation;
import lexsite.search.SearchRequest;
import lexsite.search.SiteSearcher;
import lexsite.site.BuiltSite;
import lexsite.site.Report;
import org.junit.jupiter.api.Test;

/**
 * The queries of queries.yaml typed into the real search page, opened from disk: at least 90% must show an accepted
 * document in the top five (the rule of {@link SearchQualityTest}), and the top five must overlap those of the CLI
 * engine ({@link SiteSearcher}, over an index of the same content) by at least 80% on average. The test prints both
 * figures, every miss and every difference.
 */
class BrowserSearchQualityTest extends ChromiumTest {

    private static final int TOP = 5;
    private static final double QUALITY_FLOOR = 90;
    private static final double OVERLAP_FLOOR = 80;

    @Test
    void theSearchPageFindsWhatTheCliFinds() throws IOException {
        List<Expectation> expectations = SearchQualityTest.load().queries();
        chromium().driver().get(BuiltSite.root().resolve(BuiltSite.page("search.html")).toUri().toString());
        SearchPage page = SearchPage.page(chromium().driver());
        List<String> misses = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        double overlapSum = 0;
        try (SiteSearcher cli = new SiteSearcher(RealIndex.copy(), SiteSearcher.Marks.BRACKETS)) {
            for (Expectation e : expectations) {
                List<String> browser = page.paste(e.query()).ids(TOP);
                List<String> expected = cli.search(SearchRequest.of(e.query(), TOP)).ids();
                if (browser.stream().noneMatch(id -> SearchQualityTest.accepted(id, e.accept()))) {
                    misses.add("\"" + e.query() + "\" wants one of " + e.accept() + "; got " + browser);
                }
                double overlap = overlap(browser, expected);
                overlapSum += overlap;
                if (!browser.equals(expected)) {
                    differences.add(String.format("\"%s\" (%.0f%%): browser %s, CLI %s", e.query(), 100 * overlap, browser, expected));
                }
            }
        }
        int n = expectations.size();
        double quality = 100.0 * (n - misses.size()) / n;
        double overlap = 100.0 * overlapSum / n;
        System.out.printf("browser search quality: %d queries, %d with an accepted document in the top %d (%.1f%%)%n",
                n, n - misses.size(), TOP, quality);
        System.out.printf("browser vs CLI: top-%d overlap %.1f%%, %d of %d queries in the same order%n",
                TOP, overlap, n - differences.size(), n);
        if (!misses.isEmpty()) System.out.println(Report.of("misses", misses));
        if (!differences.isEmpty()) System.out.println(Report.of("differences from the CLI", differences));
        assertTrue(quality >= QUALITY_FLOOR, () -> String.format("%.1f%% in the top %d, below %.0f%%", quality, TOP, QUALITY_FLOOR));
        assertTrue(overlap >= OVERLAP_FLOOR, () -> String.format("top-%d overlap %.1f%%, below %.0f%%", TOP, overlap, OVERLAP_FLOOR));
    }

    /** The share of the larger list that both lists hold; two empty lists agree. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        Set<String> common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return (double) common.size() / Math.max(a.size(), b.size());
    }
}
