package lexsite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.GazetteIssue;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import org.junit.jupiter.api.Test;

class ArticleNumberingTest {

    private static final Provenance NEW = new Provenance("(new – SG No. 1 of 2010)", 1,
            List.of(new Amendment(AmendmentKind.NEW, new GazetteIssue(1, 2010), null, null, "new – SG No. 1 of 2010")));

    /** An article with {@code paragraphs} numbered paragraphs whose first line says {@code text}. */
    private static Article article(Provenance provenance, int paragraphs, String text) {
        List<Paragraph> ps = new ArrayList<>();
        for (int p = 1; p <= paragraphs; p++) {
            ps.add(new Paragraph(null, Integer.toString(p), Status.IN_FORCE, Provenance.NONE,
                    List.of(new TextLine(p, p == 1 ? text : "More.")), List.of(), p));
        }
        return Article.unnumbered(provenance, ps, 1);
    }

    private static List<ArticleNumbering.Reference> referencesIn(List<Article> articles) {
        List<ArticleNumbering.Reference> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (var l : articles.get(i).lines()) {
                for (Citation c : CitationExtractor.extract(l.line().text())) out.add(new ArticleNumbering.Reference(c, i));
            }
        }
        return out;
    }

    private static List<String> numbers(List<Article> articles) {
        ArticleNumbering.Result r = ArticleNumbering.infer(articles, new boolean[articles.size()], Map.of(), referencesIn(articles));
        return r.numbers().stream().map(ArticleNumber::latin).toList();
    }

    @Test
    void originalArticlesCountOnAndInsertedOnesTakeTheNextLetter() {
        List<Article> articles = List.of(article(Provenance.NONE, 1, "One."), article(NEW, 1, "One a."),
                article(NEW, 1, "One b."), article(Provenance.NONE, 1, "Two."));
        assertEquals(List.of("1", "1a", "1b", "2"), numbers(articles));
    }

    @Test
    void citationsRevealAnArticleMissingFromTheCopy() {
        // A counter makes the third article 3; the act cites Article 4(4) three times, and only it has a (4).
        List<String> got = numbers(List.of(article(Provenance.NONE, 1, "See Article 4(4), Article 4(4) and Article 4(4)."),
                article(Provenance.NONE, 1, "Other."), article(Provenance.NONE, 4, "Four.")));
        assertEquals(List.of("1", "2", "4"), got);
    }

    @Test
    void anArticleDoesNotCiteItselfByNumber() {
        // A counter makes the third article 1b, but it cites 1b(1): 1b is the one before it, and 1a is missing.
        List<Article> articles = List.of(article(Provenance.NONE, 1, "One."), article(NEW, 2, "Rules."),
                article(NEW, 1, "Forms under Article 1b(1), Article 1b(2) and Article 1b(1)."), article(Provenance.NONE, 1, "Two."));
        assertEquals(List.of("1", "1b", "1v", "2"), numbers(articles));
    }
}
