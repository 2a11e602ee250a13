package lexsite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.model.ArticleNumber;
import org.junit.jupiter.api.Test;

class CitationExtractorTest {

    private static ArticleNumber n(String s) {
        return ArticleNumber.parse(s).orElseThrow();
    }

    @Test
    void bracketedParagraph() {
        Citation c = CitationExtractor.extract("the ordinance under Article 9e(1).").get(0);
        assertEquals(n("9e"), c.article());
        assertEquals(List.of("1"), c.paragraphs());
    }

    @Test
    void paragraphAndItemRange() {
        Citation c = CitationExtractor.extract("in the cases under Article 24, paragraph 2, items 1–3, and").get(0);
        assertEquals(List.of("2"), c.paragraphs());
        assertEquals(List.of("1", "2", "3"), c.items());
        assertEquals("Article 24, paragraph 2, items 1–3", "in the cases under Article 24, paragraph 2, items 1–3, and".substring(c.start(), c.end()));
    }

    @Test
    void aListOfArticlesGivesOneCitationEach() {
        List<Citation> all = CitationExtractor.extract("under Articles 24i, 24k, 24l, 33k and 33p exclusively");
        assertEquals(List.of(n("24i"), n("24k"), n("24l"), n("33k"), n("33p")), all.stream().map(Citation::article).toList());
    }

    @Test
    void anArticleRangeExpandsByLetter() {
        List<Citation> all = CitationExtractor.extract("Articles 24a–24d apply");
        assertEquals(List.of(n("24a"), n("24b"), n("24v"), n("24g"), n("24d")), all.stream().map(Citation::article).toList());
    }

    /** The act cites "Article 33k, paragraphs 4–11 and paragraphs 17–22"; the second list used to read as this article's own. */
    @Test
    void aSecondListOfParagraphsJoinedByAndBelongsToTheSameArticle() {
        List<Citation> all = CitationExtractor.extract("the provisions of Article 33k, paragraphs 4–11 and paragraphs 17–22 shall apply");
        assertEquals(1, all.size());
        assertEquals(List.of("4", "5", "6", "7", "8", "9", "10", "11", "17", "18", "19", "20", "21", "22"), all.get(0).paragraphs());
    }

    /** "Article 81 … of the Act on the Promotion of Research and Innovation" used to be taken for Article 81 of this act. */
    @Test
    void anActNamedByItsSubjectIsAnotherAct() {
        Citation c = CitationExtractor.extract("included in the register under Article 81, paragraph 1, item 1 of the Act on the Promotion"
                + " of Research and Innovation.").get(0);
        assertEquals("Act on the Promotion of Research and Innovation", c.externalAct());
    }

    /** "Article 32(1)(c) of Regulation (EU) 2018/1862" used to stop at "(c)" and be read as Article 32 of this act. */
    @Test
    void aPointInBracketsStillLeadsToTheActNamedAfterIt() {
        Citation c = CitationExtractor.extract("a ban on leaving under Article 32(1)(c) of Regulation (EU) 2018/1862 shall be").get(0);
        assertEquals("Regulation (EU) 2018/1862", c.externalAct());
        assertEquals(List.of("c"), c.items());
    }

    @Test
    void referencesWithinTheArticle() {
        Citation c = CitationExtractor.extract("The persons under paragraphs (9)–(11) shall prove").get(0);
        assertNull(c.article());
        assertEquals(List.of("9", "10", "11"), c.paragraphs());
    }

    @Test
    void otherActsAreRecognisedAndNeverTakenForThisOne() {
        Citation eu = CitationExtractor.extract("referred to in Article 2(2) of Regulation (EU) 2018/1240.").get(0);
        assertEquals("Regulation (EU) 2018/1240", eu.externalAct());
        Citation code = CitationExtractor.extract("pursuant to Article 166, paragraph 3 of the Administrative Procedure Code").get(0);
        assertEquals("Administrative Procedure Code", code.externalAct());
        Citation act = CitationExtractor.extract("under Article 36(1) of the Extradition and European Arrest Warrant Act.").get(0);
        assertTrue(act.isExternal());
        Citation ours = CitationExtractor.extract("under Article 15, paragraph 1 of this Act").get(0);
        assertNull(ours.externalAct());
    }
}
