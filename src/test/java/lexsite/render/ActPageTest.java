package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Paragraph;
import org.junit.jupiter.api.Test;

class ActPageTest {

    private final ActIndex index = new ActIndex(TestActs.resolve("citing-act.txt"));
    private final Article first = index.act().article(ArticleNumber.of(1)).orElseThrow();
    private final Article second = index.act().article(ArticleNumber.of(2)).orElseThrow();

    private List<ActPage.Segment> segmentsOf(ActPage page, Paragraph p) {
        return page.segments(p.id(), p.text().get(0));
    }

    @Test
    void citationsOfOtherArticlesLinkToTheirPageAndAnchor() {
        ActPage page = new ActPage(index, "acts/test-act/art_1.html", false);
        List<ActPage.Segment> segments = segmentsOf(page, first.paragraphs().get(1));
        ActPage.Segment paragraphOne = segments.get(0);
        assertEquals("Paragraph (1)", paragraphOne.text());
        assertEquals("#art_1__para_1", paragraphOne.href());
        ActPage.Segment other = segments.stream().filter(s -> "art_2__para_2".equals(s.target())).findFirst().orElseThrow();
        assertEquals("art_2.html#art_2__para_2", other.href());
        assertEquals("Article 2(2)", other.title());
        assertEquals(first.paragraphs().get(1).text().get(0).text(),
                String.join("", segments.stream().map(ActPage.Segment::text).toList()), "the text is kept whole");
    }

    @Test
    void onTheWholeActPageEveryLinkIsAFragment() {
        ActPage page = new ActPage(index, "acts/test-act/whole.html", true);
        assertEquals("#art_2__para_2", page.nodeHref("art_2__para_2"));
    }

    @Test
    void euActsLinkToEurLexAndOtherActsStayText() {
        ActPage page = new ActPage(index, "acts/test-act/art_2.html", false);
        ActPage.Segment eu = segmentsOf(page, second.paragraphs().get(0)).stream().filter(ActPage.Segment::linked).findFirst().orElseThrow();
        assertEquals("Regulation (EU) 2018/1240", eu.text());
        assertEquals("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32018R1240", eu.href());
        assertEquals(List.of(), segmentsOf(page, second.paragraphs().get(1)).stream().filter(ActPage.Segment::linked).toList(),
                "Article 13 of the Penal Code is another act's article: never linked into this act");
    }

    @Test
    void historyListsEveryAmendmentOldestFirstWithItsProvision() {
        ActPage page = new ActPage(index, "acts/test-act/art_2.html", false);
        List<ActPage.HistoryRow> rows = page.history(second);
        assertEquals(List.of("SG 97/2016", "SG 52/2025"), rows.stream().map(ActPage.HistoryRow::issue).toList());
        assertEquals("Article 2(2)", rows.get(1).node());
        assertEquals("30 June 2025", rows.get(1).effective());
        assertEquals("gazette/sg-52-2025.html", rows.get(1).issueHref());
    }

    @Test
    void citedByListsTheCitingParagraphAndPopupsCarryTheCitedText() {
        ActPage page = new ActPage(index, "acts/test-act/art_2.html", false);
        assertEquals(List.of(new ActPage.NodeLink("Article 1(2)", "art_1.html#art_1__para_2")), page.citedBy(second));
        List<ActPage.Popup> popups = new ActPage(index, "acts/test-act/art_1.html", false).popups(first);
        assertEquals(List.of("art_2__para_2"), popups.stream().map(ActPage.Popup::id).toList());
        assertEquals("(2) A stateless person is liable under Article 13 of the Penal Code.", popups.get(0).lines().get(0));
    }

    @Test
    void theLatestAmendmentIsTheNewestIssue() {
        ActPage page = new ActPage(index, "acts/test-act/index.html", false);
        assertEquals("SG 52/2025", page.latest(second).issue());
        assertEquals("SG 9/2011", page.latest(first).issue());
    }
}
