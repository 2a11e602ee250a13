package lexsite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostic;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Act;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.DiscussedArticle;
import lexsite.model.Division;
import lexsite.model.DivisionKind;
import lexsite.model.GazetteIssue;
import lexsite.model.GlossaryEntry;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Markdown;
import lexsite.model.NumberOrigin;
import lexsite.model.Programme;
import lexsite.model.Provenance;
import lexsite.model.ProvisionKind;
import lexsite.model.Status;
import lexsite.model.Topic;
import org.junit.jupiter.api.Test;

class LibraryCheckerTest {

    /** An act with articles 8 and 24i in force and article 5 repealed. */
    private static final Act ACT = act(article("8", Status.IN_FORCE), article("24i", Status.IN_FORCE),
            article("5", Status.REPEALED));

    private static Article article(String number, Status status) {
        ArticleNumber n = ArticleNumber.parse(number).orElseThrow();
        return new Article(n.id(), ProvisionKind.ARTICLE, n, n.latin(), NumberOrigin.INFERRED, null, status, Provenance.NONE,
                List.of(), List.of(), 1);
    }

    private static Act act(Article... articles) {
        GazetteIssue issue = new GazetteIssue(52, 2025);
        ActVersion version = new ActVersion(issue, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), "en",
                "en/2025-06-30.txt", "test", "test");
        ActManifest manifest = new ActManifest("test-act", Map.of("en", "Test Act"), "bg", issue,
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 30), List.of(version));
        Division body = new Division("chp_1", DivisionKind.CHAPTER, null, null, Provenance.NONE, 1, List.of(articles), List.of());
        return new Act(manifest, version, List.of(), List.of(body), List.of(), List.of());
    }

    private static Topic topic(List<String> articles, List<String> programmes) {
        return new Topic("work", "Working", null, "Permits to work.", articles, programmes, "topics.yaml", 3);
    }

    private static Programme programme(String id) {
        return new Programme(id, "programmes/" + id + ".md", "Help desk", "Org", "bg", "en", "src.txt", "Help.",
                List.of("work"), List.of(), List.of(), List.of(), new Markdown("programmes/" + id + ".md", 12, ""));
    }

    private static Guide guide(DiscussedArticle... pins) {
        return new Guide("old-guide", "guides/old-guide.md", "Old", "A. Author", "Clinic", "bg", "en", "src.txt",
                YearMonth.of(2011, 11), true, "Old.", List.of(), List.of(pins), new Markdown("guides/old-guide.md", 20, ""));
    }

    private static List<String> findings(Library library) {
        Diagnostics diagnostics = new Diagnostics();
        new LibraryChecker(diagnostics).check(library, ACT);
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void anArticleTheActDoesNotHaveIsAnErrorAtTheEntry() {
        Library library = new Library(List.of(programme("help-desk")), List.of(),
                List.of(topic(List.of("24i", "99"), List.of("help-desk"))), List.of());
        assertEquals(List.of("topics.yaml:3: error: topic 'work' cites article 99, which test-act (2025-06-30-en) does not have"
                + " [unknown-article]"), findings(library));
    }

    @Test
    void aGlossaryNumberThatIsNoArticleNumberAndARepealedArticleAreReported() {
        Library library = new Library(List.of(), List.of(), List.of(),
                List.of(new GlossaryEntry("visa", "Visa", "Permission.", List.of("Art. 9", "5"), "glossary.yaml", 7)));
        assertEquals(List.of(
                "glossary.yaml:7: warning: glossary term 'visa' cites article 5, which is repealed [repealed-article]",
                "glossary.yaml:7: error: glossary term 'visa' cites 'Art. 9', which is not an article number [unknown-article]"),
                findings(library));
    }

    @Test
    void aTopicMayNameOnlyProgrammesThatExist() {
        Library library = new Library(List.of(), List.of(), List.of(topic(List.of("8"), List.of("help-desk"))), List.of());
        assertEquals(List.of("topics.yaml:3: error: topic 'work' names programme 'help-desk', which has no page in"
                + " content/programmes [unknown-programme]"), findings(library));
    }

    @Test
    void everyDiscussesPinIsShownAsPinnedByAMaintainerAndCheckedLikeAnyOther() {
        Library library = new Library(List.of(), List.of(guide(new DiscussedArticle("8", "entry", 15),
                new DiscussedArticle("9a", "types of visas", 16))), List.of(), List.of());
        assertEquals(List.of(
                "guides/old-guide.md:15: info: article 8 is pinned by a maintainer as discussed by guide 'old-guide' (entry)"
                        + " [discusses-pinned]",
                "guides/old-guide.md:16: info: article 9a is pinned by a maintainer as discussed by guide 'old-guide'"
                        + " (types of visas) [discusses-pinned]",
                "guides/old-guide.md:16: error: guide 'old-guide' cites article 9a, which test-act (2025-06-30-en) does not have"
                        + " [unknown-article]"),
                findings(library));
    }
}
