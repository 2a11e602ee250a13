package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.inserted;
import static lexsite.resolve.numbering.Blocks.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lexsite.model.Article;
import lexsite.model.Provenance;
import org.junit.jupiter.api.Test;

/** The evidence composed: each test shows one kind deciding a numbering the others leave open. */
class ArticleNumberingTest {

    @Test
    void originalArticlesCountOnAndInsertedOnesTakeTheNextLetter() {
        List<Article> articles = List.of(article(Provenance.NONE, 1, "One."), article(inserted(2010), 1, "One a."),
                article(inserted(2010), 1, "One b."), article(Provenance.NONE, 1, "Two."));
        assertEquals(List.of("1", "1a", "1b", "2"), numbers(articles));
    }

    @Test
    void citationsRevealAnArticleMissingFromTheCopy() {
        // A counter makes the third article 3; the act cites the fees of Article 4(4) three times, and only it has a (4).
        List<String> got = numbers(List.of(
                article(Provenance.NONE, 1, "The fees under Article 4(4) are paid in cash; the fees under Article 4(4) and Article 4(4) in advance."),
                article(Provenance.NONE, 1, "Markets open at eight."), article(Provenance.NONE, 4, "Traders pay fees for their stalls.")));
        assertEquals(List.of("1", "2", "4"), got);
    }

    @Test
    void anArticleDoesNotCiteItselfByNumber() {
        // A counter makes the third article 1b, but it cites 1b(1) for the rules on stalls: 1b is the one before it,
        // and 1a is missing from the copy.
        List<Article> articles = List.of(article(Provenance.NONE, 1, "Markets open at eight."),
                article(inserted(2010), 2, "Stalls are let by the mayor."),
                article(inserted(2010), 1, "Fees for stalls let under Article 1b(1) and Article 1b(2) go to the town."),
                article(Provenance.NONE, 1, "Markets close at six."));
        assertEquals(List.of("1", "1b", "1v", "2"), numbers(articles));
    }

    /** Both readings fit every cited paragraph; only the words say which article is about appeals and which about costs. */
    @Test
    void aCitationLandsOnTheArticleItsWordsAreAbout() {
        List<Article> articles = List.of(article(Provenance.NONE, 1, "This Act governs markets."),
                article(Provenance.NONE, 1, "Orders closing a market may be appealed before the administrative court."),
                article(Provenance.NONE, 1, "The costs of closing a market shall be borne by the trader."),
                article(Provenance.NONE, 1, "The orders may be appealed under Article 3; the costs under Article 4 are collected by the state."));
        assertEquals(List.of("1", "3", "4", "5"), numbers(articles));
    }

    /**
     * Pins fix 1a and 1e; three inserted articles stand between them for four letters, so the copy lost one, and
     * nothing says which: the last of the three is weak, its contender named, and the run that moves with it.
     */
    @Test
    void aNumberAnotherReadingMatchesAsWellIsWeakAndNamesItsContender() {
        List<Article> articles = List.of(article(inserted(2010), 1, "A."), article(inserted(2010), 1, "B."),
                article(inserted(2010), 1, "V."), article(inserted(2010), 1, "G."), article(inserted(2010), 1, "E."));
        Map<Integer, ArticleNumbering.Fixed> pins = Map.of(0, new ArticleNumbering.Fixed(Blocks.n("1a"), false),
                4, new ArticleNumbering.Fixed(Blocks.n("1e"), false));
        ArticleNumbering.Result r = ArticleNumbering.infer(articles, new boolean[5], new boolean[5], pins, Blocks.referencesIn(articles));
        assertEquals(List.of("1a", "1b", "1v", "1g", "1e"), r.numbers().stream().map(lexsite.model.ArticleNumber::latin).toList());
        ArticleNumbering.Assurance last = r.assurance().get(3);
        assertTrue(last.isWeak(), last.toString());
        assertEquals("1d", last.contender().latin());
        assertEquals(List.of(new ArticleNumbering.Move(3, Blocks.n("1d"))), last.moves());
        assertTrue(!r.assurance().get(0).isWeak() && !r.assurance().get(4).isWeak(), "pinned numbers are not weak");
    }
}
