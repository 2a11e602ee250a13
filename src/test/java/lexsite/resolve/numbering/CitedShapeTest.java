package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.model.Article;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import lexsite.resolve.Citation;
import lexsite.resolve.CitationExtractor;
import org.junit.jupiter.api.Test;

class CitedShapeTest {

    private static Citation cite(String text) {
        return CitationExtractor.extract(text).get(0);
    }

    @Test
    void aCitedParagraphTheArticleLacksDoesNotFit() {
        Article two = article(Provenance.NONE, 2, "Rules.");
        assertTrue(CitedShape.fits(two, cite("under Article 5, paragraph 2")));
        assertFalse(CitedShape.fits(two, cite("under Article 5, paragraph 3")));
    }

    /** "shall be refused where:" with its items lost fits any cited item, since the copy cannot say. */
    @Test
    void aListTheCopyLostFitsAnyCitedItem() {
        Paragraph lost = new Paragraph(null, "1", Status.IN_FORCE, Provenance.NONE,
                List.of(new TextLine(1, "A visa shall be refused where:", true)), List.of(), 1);
        Article article = Article.unnumbered(Provenance.NONE, List.of(lost), 1);
        assertTrue(CitedShape.fits(article, cite("under Article 10, paragraph 1, item 19")));
    }
}
