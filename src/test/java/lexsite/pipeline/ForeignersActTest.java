package lexsite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.check.Summary;
import lexsite.load.SourceText;
import lexsite.load.TextFiles;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.TextLine;
import lexsite.resolve.ActResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real act, end to end through load, parse and resolve. */
class ForeignersActTest {

    private static final Path TEXT = Path.of("content/acts/foreigners-act/en/2025-06-30.txt");
    private static Diagnostics diagnostics;
    private static ActResolver.Result result;
    private static Act act;

    @BeforeAll
    static void build() {
        diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
        assertNotNull(content, () -> diagnostics.sorted().toString());
        result = content.acts().get(0);
        act = result.act();
        System.out.println(Summary.of(result).render("foreigners-act"));
    }

    private static String firstWords(String number) {
        return act.article(ArticleNumber.parse(number).orElseThrow()).orElseThrow().firstText();
    }

    @Test
    void knownArticlesHaveTheirNumbers() {
        assertTrue(firstWords("9").startsWith("A visa is an authorization for entry and residence"));
        assertTrue(firstWords("9e").startsWith("The conditions and procedure for issuance, refusal to issue, annulment, and revocation of visas"));
        assertTrue(firstWords("15").startsWith("A long-stay residence visa"));
        assertTrue(firstWords("24i").contains("Single Permit"));
        assertTrue(firstWords("24l").startsWith("For the performance of seasonal work"));
        assertTrue(firstWords("35").startsWith("A foreigner staying for a short term"));
        assertTrue(firstWords("60").startsWith("The Ministry of the Interior shall cooperate and exchange data with ESGRAON"));
        assertEquals("9е", act.article(ArticleNumber.parse("9e").orElseThrow()).orElseThrow().number().bulgarian());
    }

    @Test
    void everyArticleHasAUniqueNumberAndEveryNoteIsRead() {
        List<Article> articles = act.articles();
        assertTrue(articles.size() >= 165, "articles: " + articles.size());
        assertEquals(articles.size(), articles.stream().map(Article::number).distinct().count());
        assertTrue(articles.stream().allMatch(a -> a.number() != null));
        assertTrue(diagnostics.withCode("note-unparsed").isEmpty(), diagnostics.withCode("note-unparsed").toString());
        assertTrue(Summary.of(result).amendments() >= 790);
    }

    @Test
    void atLeastNinetyFivePercentOfArticleCitationsResolveWithAtMostTenPins() {
        Summary summary = Summary.of(result);
        double rate = (double) summary.resolved() / summary.citations();
        assertTrue(rate >= 0.95, "resolved " + summary.resolved() + " of " + summary.citations());
        assertTrue(summary.numbering().pins() <= 10, "pins: " + summary.numbering().pins());
        long unresolved = result.citations().stream().filter(c -> !c.resolved() && !c.citation().isExternal()).count();
        assertEquals(unresolved, diagnostics.withCode("citation-unresolved").size(), "each unresolved citation is reported");
    }

    @Test
    void theEntryExitSystemArticlesGivenTwiceAreOneArticleWithASecondWording() {
        long withAlternatives = act.articles().stream().filter(a -> !a.alternatives().isEmpty()).count();
        assertEquals(2, withAlternatives);
    }

    /**
     * The model keeps every word of the source in order, less only the markers ("(1)", "2.", "a)") and notes the
     * parser consumed.
     */
    @Test
    void theModelKeepsEveryWordOfTheSourceInOrder() {
        SourceText source = TextFiles.read(TEXT, TEXT.toString());
        List<String> problems = SourceWords.problems(source, act);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, first: " + problems.subList(0, Math.min(5, problems.size())));
    }

    @Test
    void listsTheSourceLostAreMarkedWhereTheyWereAnnounced() {
        Paragraph refusal = act.article(ArticleNumber.of(10)).orElseThrow().paragraphs().get(0);
        assertTrue(refusal.text().get(0).text().endsWith("shall be refused where:"));
        assertTrue(refusal.itemsMissing());
        long marked = act.provisions().stream().flatMap(a -> a.lines().stream()).filter(l -> l.line().listMissingAfter()).count();
        assertEquals(marked, diagnostics.withCode("list-missing").size());
        Item any = act.provisions().stream().flatMap(a -> a.paragraphs().stream()).flatMap(p -> p.items().stream())
                .findFirst().orElseThrow();
        assertTrue(any.id().contains("__point_"));
        TextLine first = act.frontMatter().get(0);
        assertEquals(1, first.line());
    }
}
