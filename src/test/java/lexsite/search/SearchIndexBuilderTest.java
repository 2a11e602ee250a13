package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lexsite.diagnostics.Diagnostics;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The documents made of the real content. */
class SearchIndexBuilderTest {

    private static ResolvedContent content;
    private static List<SearchDocument> documents;
    private static Map<String, SearchDocument> byId;

    @BeforeAll
    static void build() {
        Diagnostics diagnostics = new Diagnostics();
        content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
        assertNotNull(content, () -> diagnostics.sorted().toString());
        documents = new SearchIndexBuilder("en").documents(content);
        byId = documents.stream().collect(Collectors.toMap(SearchDocument::id, Function.identity()));
    }

    @Test
    void sameContentGivesTheSameDocumentsInTheSameOrder() {
        assertEquals(documents, new SearchIndexBuilder("en").documents(content));
        assertEquals(documents.size(), new HashSet<>(documents.stream().map(SearchDocument::id).toList()).size(), "ids are unique");
    }

    @Test
    void aParagraphCarriesItsCitationPageAndAmendingIssues() {
        SearchDocument p = byId.get("art_8__para_2");
        assertEquals("Article 8(2)", p.citation());
        assertEquals("acts/foreigners-act/art_8.html#art_8__para_2", p.url());
        assertEquals(List.of("sg-9-2011", "sg-52-2025"), p.gazette()); // source line 65
        assertTrue(p.text().startsWith("A visa shall not be required"), p.text());
        assertEquals(SearchDocument.Kind.LAW, p.kind());
        assertEquals("acts/foreigners-act/art_24i.html#art_24i", byId.get("art_24i").url());
    }

    @Test
    void theReadersWordsGoToParagraphsNotToTheArticleAroundThem() throws Exception {
        Set<String> ids = withReadersWord("detain");
        // Article 44(8), on compulsory accommodation in a special centre, has the reader's word; Article 44 has not
        assertTrue(ids.contains("art_44__para_8"), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("art_") && !id.contains("__") && byId.containsKey(id + "__para_1")), ids.toString());
    }

    @Test
    void theParagraphsOfAnArticleTheGlossaryListsHaveTheTermsName() throws Exception {
        // glossary.yaml's "Special centre for temporary accommodation of foreigners" lists Articles 44 and 46a; no
        // concept's words have "temporary", so only the glossary gives it to their paragraphs, and to no others
        Set<String> ids = withReadersWord("temporari");
        assertTrue(ids.containsAll(List.of("art_44__para_1", "art_44__para_15", "art_46a__para_6")), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.startsWith("art_44__") || id.startsWith("art_46a__")), ids.toString());
    }

    /** The ids of the documents whose reader's words (plain_en) have {@code stem}. */
    private static Set<String> withReadersWord(String stem) throws Exception {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(RealIndex.copy())) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            var query = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(SearchAnalyzers.plain("en"), stem));
            Set<String> ids = new HashSet<>();
            for (var sd : searcher.search(query, 1000).scoreDocs) ids.add(reader.storedFields().document(sd.doc).get(SearchIndexBuilder.ID));
            return ids;
        }
    }

    @Test
    void programmeAndGuideSectionsPointAtTheirHeadings() {
        SearchDocument contact = byId.get("programme:iom-bg-counter-trafficking#contact");
        assertEquals("programmes/iom-bg-counter-trafficking.html#contact-h", contact.url());
        assertTrue(contact.text().contains("+359 (2) 93 94 777"), contact.text());
        SearchDocument section = byId.get("programme:iom-bulgaria#target-groups");
        assertEquals("programmes/iom-bulgaria.html#target-groups", section.url());
        // the guide's second "Legal Framework" heading gets the suffix Flexmark gives it on the page
        assertEquals("guides/overview-2011.html#legal-framework-1", byId.get("guide:overview-2011#legal-framework-1").url());
        assertEquals("glossary.html#eu-blue-card", byId.get("glossary:eu-blue-card").url());
        assertEquals("topics/family.html", byId.get("topic:family").url());
    }
}
