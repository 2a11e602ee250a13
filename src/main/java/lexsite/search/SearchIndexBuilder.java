package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexsite.concepts.ConceptMatcher;
import lexsite.model.Library;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.Directory;

/**
 * Writes the search documents into a Lucene index, replacing whatever the directory held. The order of the
 * documents is the order of the content (acts in source order, then the library sorted by id), so the same
 * content gives the same index.
 */
public final class SearchIndexBuilder {

    /** Commit data: what the index was built from, so a later search can tell whether it is current. */
    static final String CONTENT_HASH = "content-hash";
    /** Commit data: the synonyms (JSON) and the language they are in, so every reader of the index applies them. */
    public static final String SYNONYMS = "synonyms", SYNONYMS_LANGUAGE = "synonyms-language";

    public static final String ID = "id", KIND = "kind", ACT = "act", LANGUAGE = "language", CITATION = "citation",
            CHAPTER = "chapter", GAZETTE = "gazette", URL = "url", TITLE = "title", TEXT = "text";

    /** Text fields keep positions (phrases) and offsets (the highlighter reads them from the postings). */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private final String siteLanguage;

    /** @param siteLanguage the language of the glossary and topics */
    public SearchIndexBuilder(String siteLanguage) {
        this.siteLanguage = siteLanguage;
    }

    /** Every document of the content, in a stable order. */
    public List<SearchDocument> documents(ResolvedContent content) {
        List<SearchDocument> out = new ArrayList<>();
        for (ActResolver.Result act : content.current()) out.addAll(new ActDocuments(act).documents());
        out.addAll(new LibraryDocuments(siteLanguage).documents(content.library()));
        return out;
    }

    /** Replaces the index in {@code directory} with the content's documents; {@code contentHash} says what it is of. */
    public void write(ResolvedContent content, String contentHash, Directory directory) {
        write(documents(content), content.library(), contentHash, directory);
    }

    /**
     * Replaces the index in {@code directory} with {@code documents}, in that order, and the library's synonyms;
     * the benchmark uses it to index a corpus cloned at the document level.
     */
    public void write(List<SearchDocument> documents, Library library, String contentHash, Directory directory) {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.wrapper())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                // merges only neighbouring segments, so the merged index keeps the documents in the order written
                // (a larger index is flushed in several segments, which the default policy may merge out of order)
                .setMergePolicy(new LogDocMergePolicy())
                .setCommitOnClose(false);
        ConceptMatcher concepts = new ConceptMatcher(library.concepts(), siteLanguage);
        Map<String, String> glossaryTerms = glossaryTerms(library);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            Set<String> articles = articlesWithParagraphs(documents);
            for (SearchDocument d : documents) {
                // an article with paragraphs leaves the reader's words to them, so the paragraph that answers ranks
                // above its article, whose words are the union of every paragraph's subjects
                String plain = d.language().equals(siteLanguage) && !articles.contains(d.id())
                        ? plainWords(d, concepts, glossaryTerms) : "";
                writer.addDocument(lucene(d, plain));
            }
            String synonyms = Synonyms.of(library.synonyms(), SearchAnalyzers.forLanguage(siteLanguage)).toJson();
            Map<String, String> commit = new java.util.TreeMap<>(); // in a fixed order, so the same content gives the same index
            commit.put(CONTENT_HASH, contentHash);
            commit.put(SYNONYMS, synonyms);
            commit.put(SYNONYMS_LANGUAGE, siteLanguage);
            writer.setLiveCommitData(commit.entrySet());
            writer.forceMerge(1); // the browser export reads one segment, so document numbers are global
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reader's words for a passage: those of the concepts its words speak of, and for a provision the names of
     * the glossary terms that list its article (the glossary's "Special centre", "Entry ban" on each paragraph of
     * the articles the entry names).
     */
    private static String plainWords(SearchDocument d, ConceptMatcher concepts, Map<String, String> glossaryTerms) {
        String words = concepts.plainWords(d.title() + "\n" + d.text());
        String terms = d.kind() == SearchDocument.Kind.LAW ? glossaryTerms.getOrDefault(ResultRows.group(d.id()), "") : "";
        return words.isEmpty() || terms.isEmpty() ? words + terms : words + "\n" + terms;
    }

    /** Article id ("art_44") → the terms of the glossary entries that list it, one a line, in the glossary's order. */
    private static Map<String, String> glossaryTerms(Library library) {
        Map<String, Set<String>> terms = new java.util.HashMap<>();
        for (lexsite.model.GlossaryEntry g : library.glossary()) {
            for (String number : g.articles()) {
                lexsite.model.ArticleNumber.parse(number).ifPresent(n -> terms.computeIfAbsent(n.id(), k -> new java.util.LinkedHashSet<>()).add(g.term()));
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        terms.forEach((article, t) -> out.put(article, String.join("\n", t)));
        return out;
    }

    /** The ids of the documents that have paragraphs of their own ("art_24i" for "art_24i__para_1"). */
    static Set<String> articlesWithParagraphs(List<SearchDocument> documents) {
        Set<String> out = new HashSet<>();
        for (SearchDocument d : documents) {
            int cut = d.id().indexOf("__");
            if (cut > 0) out.add(d.id().substring(0, cut));
        }
        return out;
    }

    /** @param plain the reader's words for the subjects the document deals with ("" for none) */
    static Document lucene(SearchDocument d, String plain) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind().key(), Field.Store.YES));
        if (d.act() != null) doc.add(new StringField(ACT, d.act(), Field.Store.YES));
        doc.add(new StoredField(LANGUAGE, d.language()));
        if (d.citation() != null) doc.add(new TextField(CITATION, d.citation(), Field.Store.YES));
        doc.add(new Field(SearchAnalyzers.title(d.language()), d.title(), HIGHLIGHTED));
        doc.add(new Field(SearchAnalyzers.text(d.language()), d.text(), HIGHLIGHTED));
        if (!plain.isEmpty()) doc.add(new TextField(SearchAnalyzers.plain(d.language()), plain, Field.Store.NO));
        doc.add(new TextField(SearchAnalyzers.WORDS, d.title() + "\n" + d.text(), Field.Store.NO));
        if (d.chapter() != null) doc.add(new TextField(CHAPTER, d.chapter(), Field.Store.YES));
        for (String issue : d.gazette()) doc.add(new StringField(GAZETTE, issue, Field.Store.YES));
        doc.add(new StoredField(URL, d.url()));
        return doc;
    }
}
