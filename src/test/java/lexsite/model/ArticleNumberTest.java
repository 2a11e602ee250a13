package lexsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleNumberTest {

    @Test
    void theTranslationsLatinLettersMapToBulgarianAlphabetOrder() {
        assertEquals(new ArticleNumber(9, 6), ArticleNumber.parse("9e").orElseThrow());
        assertEquals("9е", ArticleNumber.parse("9e").orElseThrow().bulgarian());
        assertEquals("24и", ArticleNumber.parse("24i").orElseThrow().bulgarian());
        assertEquals("24к", ArticleNumber.parse("24k").orElseThrow().bulgarian());
        assertEquals("24в", ArticleNumber.parse("24v").orElseThrow().bulgarian());
        assertEquals("47ж", ArticleNumber.parse("47j").orElseThrow().bulgarian());
    }

    @Test
    void aliasesAndCyrillicFormsParseToTheSameNumber() {
        assertEquals(ArticleNumber.parse("24v"), ArticleNumber.parse("24c"));
        assertEquals(ArticleNumber.parse("24i"), ArticleNumber.parse("24и"));
        assertEquals(ArticleNumber.parse("47j"), ArticleNumber.parse("47zh"));
    }

    @Test
    void theShortILetterIsNeverASuffix() {
        assertTrue(ArticleNumber.parse("5й").isEmpty());
        assertEquals("5к", ArticleNumber.of(5).nextInserted().nextInserted().nextInserted().nextInserted()
                .nextInserted().nextInserted().nextInserted().nextInserted().nextInserted().nextInserted().bulgarian());
    }

    @Test
    void idsFollowAkomaNtosoAndNumbersSortAsTheActDoes() {
        assertEquals("art_9e", ArticleNumber.parse("9e").orElseThrow().id());
        assertTrue(ArticleNumber.parse("9e").orElseThrow().compareTo(ArticleNumber.of(10)) < 0);
        assertTrue(ArticleNumber.of(9).compareTo(ArticleNumber.parse("9a").orElseThrow()) < 0);
    }
}
