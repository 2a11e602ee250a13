package lexsite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.DivisionKind;
import lexsite.model.NumberOrigin;
import lexsite.model.Paragraph;
import lexsite.model.ProvisionKind;
import lexsite.model.Status;
import org.junit.jupiter.api.Test;

class ActTextParserTest {

    private static List<Article> articles(ParsedAct act) {
        return act.body().stream().flatMap(d -> d.allArticles().stream()).toList();
    }

    private static ParsedAct lostHeadings(ParseHints hints) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedAct act = ActTextParser.parse(Fixtures.text("lost-headings.txt"), hints, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return act;
    }

    @Test
    void aStandaloneNoteStartsAnArticleAndANoteAfterABareMarkerBelongsToItsParagraph() {
        List<Article> articles = articles(lostHeadings(ParseHints.NONE));
        Article first = articles.get(0);
        assertEquals("(amended – State Gazette No. 29 of 2007)", first.provenance().raw());
        assertEquals(2, first.paragraphs().size());
        assertEquals(AmendmentKind.SUPPLEMENTED, first.paragraphs().get(1).provenance().amendments().get(0).kind());

        Article repealed = articles.get(1);
        assertEquals(Status.REPEALED, repealed.status());
        assertTrue(repealed.paragraphs().isEmpty());

        Paragraph bare = articles.get(2).paragraphs().get(0);
        assertEquals("1", bare.number());
        assertEquals("(amended – SG No. 26 of 2008)", bare.provenance().raw());
    }

    @Test
    void withoutAHintAnArticleRunningOnFromTheLastParagraphStaysInIt() {
        Paragraph second = articles(lostHeadings(ParseHints.NONE)).get(0).paragraphs().get(1);
        assertEquals(2, second.text().size(), "the sentence lines of (2) and the lost article's text");
    }

    @Test
    void aHintSplitsTheArticleWhereTheTextReadsOn() {
        ParsedAct act = lostHeadings(new ParseHints(List.of("Foreigners shall comply"), List.of()));
        List<Article> articles = articles(act);
        assertEquals(1, articles.get(0).paragraphs().get(1).text().size());
        assertEquals("Foreigners shall comply with the laws.", articles.get(1).firstText());
    }

    @Test
    void aListWhoseItemsAreLostIsMarkedAndAListThatIsThereIsNot() {
        List<Article> articles = articles(lostHeadings(ParseHints.NONE));
        assertTrue(articles.get(2).paragraphs().get(0).itemsMissing(), "'…refused where:' has no items");
        Paragraph withItems = articles.get(3).paragraphs().get(0);
        assertFalse(withItems.itemsMissing());
        assertEquals(2, withItems.items().size());
        assertEquals("of Bulgarian origin;", withItems.items().get(0).text().get(0).text());
        assertEquals(2, withItems.items().get(1).subItems().size());
        assertEquals("a", withItems.items().get(1).subItems().get(0).number());
    }

    @Test
    void headingsKeepTheirTitlesAndNotesAndALostHeadingIsMarkedLost() {
        ParsedAct act = lostHeadings(ParseHints.NONE);
        List<Division> top = act.body();
        assertNull(top.get(0).title(), "the first chapter's heading is not in the source");
        assertTrue(top.get(1).titleLost());
        assertEquals(AmendmentKind.TITLE_AMENDED, top.get(1).provenance().amendments().get(0).kind());
        Division residence = top.get(2);
        assertEquals("RESIDENCE OF FOREIGNERS", residence.title());
        assertEquals("(New – State Gazette No. 29 of 2007; no subsequent amendments)", residence.provenance().raw());
        assertEquals("(New – State Gazette No. 29 of 2007)", residence.articles().get(0).provenance().raw());
        assertEquals(DivisionKind.SECTION, residence.children().get(0).kind());
        assertEquals("Administrative Penal Provisions", residence.children().get(0).title());
    }

    @Test
    void frontMatterClosingAndBackMatterAreKeptApart() {
        ParsedAct act = lostHeadings(ParseHints.NONE);
        assertEquals(2, act.frontMatter().size());
        assertEquals(1, act.closing().size());
        assertEquals(2, act.backMatter().size());
    }

    @Test
    void supplementaryProvisionsWithoutMarkersAreOneProvisionALineAndKeepThatTheirNumbersAreLost() {
        ParsedAct act = lostHeadings(new ParseHints(List.of(), List.of("For the purposes of this Act:")));
        Division supplementary = act.body().get(act.body().size() - 1);
        assertEquals(DivisionKind.SUPPLEMENTARY, supplementary.kind());
        assertEquals(2, supplementary.articles().size());
        Article first = supplementary.articles().get(0);
        assertEquals(ProvisionKind.SUPPLEMENTARY, first.kind());
        assertEquals(NumberOrigin.POSITION, first.origin());
        assertTrue(first.paragraphs().get(0).itemsMissing());
    }

    @Test
    void wellMarkedTranslationsGiveArticleNumbersChaptersAndSectionSigns() {
        Diagnostics diagnostics = new Diagnostics();
        ParsedAct act = ActTextParser.parse(Fixtures.text("well-marked.txt"), ParseHints.NONE, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(List.of("FOREIGNERS ACT"), act.frontMatter().stream().map(l -> l.text()).toList());
        Division one = act.body().get(0);
        assertEquals("One", one.number());
        assertEquals("GENERAL PROVISIONS", one.title());
        Article first = one.articles().get(0);
        assertEquals("1", first.label());
        assertEquals(NumberOrigin.SOURCE, first.origin());
        assertEquals(2, first.provenance().amendments().size(), "one amendment per issue listed");
        Article second = one.articles().get(1);
        assertEquals("art_2__para_2", second.paragraphs().get(1).id());
        assertEquals("A stateless person is also a foreigner.", second.paragraphs().get(1).text().get(0).text());

        Division two = act.body().get(1);
        assertEquals("ENTRY", two.title());
        Article eightA = two.articles().get(0);
        assertEquals("8a", eightA.label());
        assertTrue(eightA.provenance().startsAsNew());
        assertEquals("art_8a__para_2__point_2", eightA.paragraphs().get(1).items().get(1).id());

        Division additional = act.body().get(2);
        assertEquals(DivisionKind.SUPPLEMENTARY, additional.kind());
        assertEquals(List.of("§ 1", "§ 2"), additional.articles().stream().map(Article::label).toList());
        assertEquals(NumberOrigin.SOURCE, additional.articles().get(0).origin());
        assertEquals(1, additional.articles().get(0).paragraphs().get(0).items().size());
    }
}
