package lexsite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Programme;
import lexsite.model.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real programmes, guide, topics and glossary, loaded by the pipeline and checked against the real act. */
class LibraryContentTest {

    private static Diagnostics diagnostics;
    private static Library library;

    @BeforeAll
    static void load() {
        diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
        assertNotNull(content, () -> diagnostics.sorted().toString());
        library = content.library();
    }

    @Test
    void everyPageLoads() {
        assertEquals(10, library.programmes().size());
        assertEquals(1, library.guides().size());
        assertTrue(library.topics().size() >= 15, "topics: " + library.topics().size());
        int terms = library.glossary().size();
        assertTrue(terms >= 12 && terms <= 25, "glossary terms: " + terms);
    }

    @Test
    void theTopicsCoverTheActsSubjectsAndEveryTopicAPageUses() {
        Set<String> ids = library.topics().stream().map(Topic::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("visas", "residence", "work", "study", "family", "protection", "statelessness",
                "return", "penalties")), ids.toString());
        library.programmes().forEach(p -> assertTrue(ids.containsAll(p.topics()), p.id()));
        Map<String, String> situations = library.topics().stream().filter(t -> t.situation() != null)
                .collect(Collectors.toMap(Topic::id, Topic::situation));
        assertTrue(situations.keySet().containsAll(Set.of("study", "work", "family", "visas", "return")), situations.toString());
    }

    @Test
    void everyArticleTheLibraryCitesIsInTheActAndEveryPinIsShown() {
        assertTrue(diagnostics.withCode("unknown-article").isEmpty(), diagnostics.withCode("unknown-article").toString());
        assertTrue(diagnostics.withCode("repealed-article").isEmpty(), diagnostics.withCode("repealed-article").toString());
        Guide overview = library.guides().get(0);
        assertTrue(overview.discusses().size() >= 10, "pins: " + overview.discusses().size());
        assertEquals(overview.discusses().size(), diagnostics.withCode("discusses-pinned").size());
    }

    @Test
    void bodiesKeepTheirPlaceInTheFile() {
        Guide overview = library.guides().get(0);
        assertTrue(overview.body().text().startsWith("\n## I. Immigration Law\n"), overview.body().text().substring(0, 40));
        Programme avrr = library.programmes().stream().filter(p -> p.id().equals("iom-bg-voluntary-return")).findFirst().orElseThrow();
        assertEquals("tel:+35929394774", avrr.contacts().get(0).telHref());
    }
}
