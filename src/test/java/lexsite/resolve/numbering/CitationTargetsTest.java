package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lexsite.model.Article;
import lexsite.model.Provenance;
import org.junit.jupiter.api.Test;

class CitationTargetsTest {

    private final List<Article> articles = List.of(article(Provenance.NONE, 1, "Under Article 2 and Article 2 again, and Article 4."),
            article(Provenance.NONE, 1, "Two."), article(Provenance.NONE, 1, "Three."));
    private final CitationTargets targets = new CitationTargets(new Citations(3, Blocks.referencesIn(articles)));

    @Test
    void passingOverACitedNumberCostsEveryCitationOfIt() {
        assertEquals(-2 * Weights.CITATION_RESOLVES, targets.step(0, n("1"), 1, n("3")));
        assertEquals(0, targets.step(0, n("1"), 1, n("2")));
    }

    @Test
    void aNumberCitedBeyondTheLastArticleIsPassedOverToo() {
        assertEquals(-Weights.CITATION_RESOLVES, targets.end(2, n("3")));
        assertEquals(0, targets.end(2, n("4")));
    }
}
