package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lexsite.search.QuestionSets;
import lexsite.search.RealIndex;
import lexsite.site.BuiltSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15's question sets pasted into the real search page in Chromium, opened from disk and from a web server: at
 * least 95% of each set's questions must show an answer in the top five, with a mean reciprocal rank of at least
 * 0.8 (over the first ten shown). Prints the figures and every miss.
 */
class BrowserQuestionSetsTest extends ChromiumTest {

    @ParameterizedTest
    @EnumSource(Delivery.class)
    void theSearchPageAnswersThePlainQuestions(Delivery delivery) {
        List<QuestionSets.Figures> all = new ArrayList<>();
        try (Delivery.OpenSite site = delivery.open(BuiltSite.root())) {
            chromium().driver().get(site.page(BuiltSite.page("search.html")));
            SearchPage page = SearchPage.page(chromium().driver());
            for (String set : QuestionSets.SETS) {
                List<QuestionSets.Resolved> questions = QuestionSets.resolve(set, RealIndex.copy());
                all.add(QuestionSets.measure(set, "Chromium " + delivery.name().toLowerCase(java.util.Locale.ROOT) + "://",
                        questions, q -> page.paste(q).ids(QuestionSets.DEPTH)));
            }
        }
        for (QuestionSets.Figures f : all) {
            System.out.println("questions: " + f);
            f.misses().forEach(System.out::println);
        }
        for (QuestionSets.Figures f : all) {
            assertTrue(f.hitRate() >= 0.95 && f.mrr() >= 0.8, () -> "below hit@5 95% or MRR 0.8: " + f);
        }
    }
}
