package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.model.Article;
import lexsite.model.Provenance;
import org.junit.jupiter.api.Test;

class CitedContentTest {

    private final List<Article> articles = List.of(
            article(Provenance.NONE, 1, "Orders closing a market may be appealed before the administrative court."),
            article(Provenance.NONE, 1, "The costs of closing a market shall be borne by the trader."),
            article(Provenance.NONE, 1, "An order may be appealed under Article 7."));
    private final CitedContent content = new CitedContent(articles, new Citations(3, Blocks.referencesIn(articles)),
            new ContentFit(articles));

    @Test
    void theArticleTheWordsAreAboutGainsAndAnotherLoses() {
        double appeal = content.score(0, n("7")), costs = content.score(1, n("7"));
        assertTrue(appeal > 0, "appeal: " + appeal);
        assertTrue(costs < 0, "costs: " + costs);
        assertEquals(1, content.findings(0, n("7")).size());
        assertTrue(content.findings(1, n("7")).isEmpty());
    }
}
