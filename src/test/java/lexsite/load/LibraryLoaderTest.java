package lexsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import lexsite.model.DiscussedArticle;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Programme;
import lexsite.model.Synonym;
import lexsite.model.Topic;
import org.junit.jupiter.api.Test;

class LibraryLoaderTest {

    /** Loads one fixture content folder; paths in messages are relative to it. */
    private static Library load(String fixture) {
        try {
            Path root = Path.of(LibraryLoaderTest.class.getResource(fixture).toURI());
            return new LibraryLoader(root, root).load();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentError failure(String fixture) {
        return assertThrows(ContentError.class, () -> load(fixture));
    }

    @Test
    void aGoodLibraryLoadsEveryKindWithWhereItCameFrom() {
        Library library = load("good");

        Programme desk = library.programmes().get(0);
        assertEquals("help-desk", desk.id());
        assertEquals("programmes/help-desk.md", desk.file());
        assertEquals(List.of("work"), desk.topics());
        assertEquals("advice on permits", desk.services().get(0).description());
        assertEquals(List.of("workers"), desk.targetGroups());
        assertEquals("tel:+35929394774", desk.contacts().get(0).telHref());
        assertEquals(20, desk.body().firstLine(), "the body starts after the closing '---' on line 19");
        assertEquals("\nA help desk for workers.", desk.body().text());

        Guide guide = library.guides().get(0);
        assertEquals(YearMonth.of(2011, 11), guide.written());
        assertTrue(guide.historical());
        assertEquals(List.of(new DiscussedArticle("8", "entry", 15), new DiscussedArticle("24i", "work permits", 16)),
                guide.discusses());

        assertEquals(List.of("entry", "work"), library.topics().stream().map(Topic::id).toList(), "sorted by id");
        Topic entry = library.topics().get(0);
        assertNull(entry.situation());
        assertEquals(9, entry.line());
        assertEquals("topics.yaml", entry.file());
        assertEquals("I want to work", library.topics().get(1).situation());
        assertEquals(List.of("24i"), library.glossary().get(0).articles());
    }

    @Test
    void anUnknownKeyInFrontMatterIsReportedAtItsLineInTheMarkdownFile() {
        ContentError e = failure("unknown-key");
        assertEquals("programmes/unknown-key.md", e.file());
        assertEquals(9, e.line());
        assertTrue(e.getMessage().startsWith("unknown key 'phone'"), e.getMessage());
    }

    @Test
    void anUnknownKeyInAListEntryIsReportedAtItsLine() {
        ContentError e = failure("unknown-key-in-glossary");
        assertEquals("glossary.yaml", e.file());
        assertEquals(8, e.line());
        assertTrue(e.getMessage().startsWith("unknown key 'meaning'"), e.getMessage());
    }

    @Test
    void aMissingIdIsAnErrorInItsFile() {
        ContentError e = failure("missing-id");
        assertEquals("programmes/missing-id.md", e.file());
        assertTrue(e.line() >= 1 && e.line() <= 9, "inside the front matter: " + e.line());
        assertEquals("missing required key 'id'", e.getMessage());
    }

    @Test
    void anIdMustBeTheFileName() {
        ContentError e = failure("id-not-file-name");
        assertEquals("programmes/help-desk.md:2: error: id 'helpdesk' must match the file name 'help-desk.md'", e.toString());
    }

    @Test
    void aTopicMustBeDefinedInTopicsYaml() {
        ContentError e = failure("unknown-topic");
        assertEquals("programmes/help-desk.md:10: error: topic 'housing' is not defined in topics.yaml", e.toString());
    }

    @Test
    void aTopicIdMayBeDefinedOnce() {
        ContentError e = failure("duplicate-topic");
        assertEquals("topics.yaml:7: error: duplicate topic id 'work' (first at line 2)", e.toString());
    }

    @Test
    void aPageWithoutFrontMatterIsRefused() {
        ContentError e = failure("no-front-matter");
        assertEquals("guides/no-front-matter.md", e.file());
        assertEquals(1, e.line());
    }

    @Test
    void synonymsKeepTheirFileOrderAndLine() {
        Library library = load("good");
        assertEquals(List.of(new Synonym("wife", List.of("spouse", "family member"), "synonyms.yaml", 2)), library.synonyms());
    }

    @Test
    void aSynonymWordMayBeDefinedOnceWhateverItsCase() {
        ContentError e = failure("duplicate-synonym");
        assertEquals("synonyms.yaml:4: error: 'Wife' is already defined at line 2", e.toString());
    }

    @Test
    void aSynonymNeedsAMeaning() {
        ContentError e = failure("synonym-without-meaning");
        assertEquals("synonyms.yaml:2: error: 'means' needs at least one word", e.toString());
    }
}
