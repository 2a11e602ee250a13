package lexsite.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lexsite.model.GazetteIssue;
import lexsite.search.SearchResults.How;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches an index written by {@link SearchIndexBuilder}. A citation ("art 24i") puts the cited provision
 * first; a State Gazette issue ("SG 52/2025") lists what it amended in the act's order; anything else is a
 * {@link QueryPlan} ranked by BM25 over citation^3, title^2, text and the reader's words^2 for each passage's
 * subjects, each word by its best field ({@link #text(QueryPlan)}), shown one row per article or page ({@link ResultRows}), its total counting rows.
 */
public final class SiteSearcher implements Closeable {

    /** How a snippet marks the words that matched: "[" and "]", or ANSI bold on a terminal. */
    public record Marks(String open, String close) {
        public static final Marks BRACKETS = new Marks("[", "]");
        public static final Marks BOLD = new Marks("\u001b[1m", "\u001b[0m");
    }

    private static final int SNIPPET_CHARS = 240;
    /** The reader's words for a passage's subjects: curated, so they weigh more than its own words. */
    static final float PLAIN_BOOST = 2f;
    /** How much a word's other fields add to its best one ({@link #text(QueryPlan)}); search.js reads it from the manifest. */
    public static final float TIE_BREAKER = 0.2f;

    /** BM25 with {@link #lengthWeight} per field; the export and engine.js score alike. */
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final BM25Similarity usual = new BM25Similarity(), flat = new BM25Similarity(1.2f, 0f);

        @Override
        public Similarity get(String field) {
            return lengthWeight(field) == 0f ? flat : usual;
        }
    };

    /** The similarity searches of the index use: BM25 with each field's {@link #lengthWeight}. */
    public static Similarity similarity() {
        return SIMILARITY;
    }

    /**
     * BM25's b for {@code field}: how much a longer field weakens a match. None for the reader's words of a passage's
     * subjects, since a passage on several subjects has more of them without being any less about each.
     */
    public static float lengthWeight(String field) {
        return field.startsWith("plain_") ? 0f : 0.75f;
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = SearchAnalyzers.wrapper();
    private final List<String> languages = new ArrayList<>();
    private final UnifiedHighlighter highlighter;
    private final Marks marks;
    private final Analyzer standard = new StandardAnalyzer();
    private final Analyzer stemmer;
    private final Synonyms synonyms;
    private final Vocabulary vocabulary;
    /** The fields a text query searches, with their boosts. */
    private final Map<String, Float> fields;
    /** Every document's id, by document number. */
    private final String[] ids;
    /** By document number, whether it may lead the results ({@link ResultRows#answers}). */
    private final boolean[] answers;

    /** Reads {@code directory}, which {@link #close()} closes too. */
    public SiteSearcher(Directory directory, Marks marks) {
        this.directory = directory;
        try {
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SIMILARITY);
        this.marks = marks;
        languages.addAll(languages(reader));
        this.fields = fields(reader);
        try {
            this.stemmer = SearchAnalyzers.forLanguage(synonymsLanguage(reader));
            this.synonyms = Synonyms.fromJson(reader.getIndexCommit().getUserData().get(SearchIndexBuilder.SYNONYMS), stemmer);
            this.vocabulary = vocabulary(reader, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.ids = new String[reader.maxDoc()];
        this.answers = new boolean[reader.maxDoc()];
        try {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < ids.length; doc++) {
                Document d = stored.document(doc, java.util.Set.of(SearchIndexBuilder.ID, SearchIndexBuilder.KIND));
                ids[doc] = d.get(SearchIndexBuilder.ID);
                answers[doc] = ResultRows.answers(d.get(SearchIndexBuilder.KIND));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(marks.open(), marks.close(), " … ", false))
                .build();
    }

    public SearchResults search(SearchRequest request) {
        try {
            Optional<GazetteIssue> issue = GazetteQuery.parse(request.query());
            if (issue.isPresent()) return gazette(issue.get(), request);
            Optional<CitationQuery> citation = CitationQuery.parse(request.query());
            Optional<Integer> cited = citation.flatMap(c -> find(c, request));
            QueryPlan plan = plan(request.query());
            Query text = text(plan);
            Query query = filtered(text, request);
            List<Integer> shown;
            List<Query> words = distinctWords(plan);
            // rank twice as deep while the documents ranked fill fewer rows than asked and more may match
            for (int depth = request.limit() * ResultRows.DOCUMENTS_PER_ROW; ; depth *= 2) {
                TopDocs top = searcher.search(query, depth);
                List<Integer> ranked = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) ranked.add(sd.doc);
                Map<Integer, java.util.BitSet> has = wordsOf(words, ranked);
                shown = ResultRows.rows(ranked, cited.orElse(-1), doc -> ids[doc], doc -> !plan.question() || answers[doc],
                        doc -> has.getOrDefault(doc, new java.util.BitSet()), request.limit());
                if (shown.size() >= request.limit() || top.scoreDocs.length < depth) break;
            }
            return new SearchResults(cited.isPresent() ? How.CITATION : How.TEXT, hits(shown, text), rows(query, cited));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows (articles, pages, entries) the query matches, counting the cited provision's. */
    private long rows(Query query, Optional<Integer> cited) throws IOException {
        java.util.Set<String> groups = new java.util.HashSet<>();
        cited.ifPresent(doc -> groups.add(ResultRows.group(ids[doc])));
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                groups.add(ResultRows.group(ids[base + doc]));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return groups.size();
    }

    /** The {@code words} field's terms with their document counts, and the synonyms' words. */
    public static Vocabulary vocabulary(IndexReader reader, Synonyms synonyms) throws IOException {
        Map<String, Integer> docFreq = new HashMap<>();
        for (String word : synonyms.words()) docFreq.put(word, 0);
        Terms terms = MultiTerms.getTerms(reader, SearchAnalyzers.WORDS);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) docFreq.put(term.utf8ToString(), te.docFreq());
        }
        return new Vocabulary(docFreq);
    }

    /** The language the index's synonyms are stemmed in. */
    public static String synonymsLanguage(IndexReader reader) throws IOException {
        return ((DirectoryReader) reader).getIndexCommit().getUserData().getOrDefault(SearchIndexBuilder.SYNONYMS_LANGUAGE, "en");
    }

    /** The synonyms the index was built with, from its commit data. */
    public static Synonyms synonyms(IndexReader reader) throws IOException {
        Map<String, String> commit = ((DirectoryReader) reader).getIndexCommit().getUserData();
        return Synonyms.fromJson(commit.get(SearchIndexBuilder.SYNONYMS), SearchAnalyzers.forLanguage(synonymsLanguage(reader)));
    }

    private SearchResults gazette(GazetteIssue issue, SearchRequest request) throws IOException {
        Query query = filtered(new TermQuery(new Term(SearchIndexBuilder.GAZETTE, issue.id())), request);
        TopDocs top = searcher.search(query, request.limit(), Sort.INDEXORDER);
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) docs.add(sd.doc);
        return new SearchResults(How.GAZETTE, hits(docs, query), searcher.count(query));
    }

    /** The cited paragraph, or failing that its article, if the index has it and the filters let it through. */
    private Optional<Integer> find(CitationQuery citation, SearchRequest request) {
        try {
            for (String id : citation.ids()) {
                TopDocs top = searcher.search(filtered(new TermQuery(new Term(SearchIndexBuilder.ID, id)), request), 1);
                if (top.scoreDocs.length > 0) return Optional.of(top.scoreDocs[0].doc);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query filtered(Query query, SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.kind() != null) b.add(new TermQuery(new Term(SearchIndexBuilder.KIND, request.kind().key())), Occur.FILTER);
        if (request.act() != null) b.add(new TermQuery(new Term(SearchIndexBuilder.ACT, request.act())), Occur.FILTER);
        return b.build();
    }

    /** The languages the index has text in. */
    private static List<String> languages(IndexReader reader) {
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        return SearchAnalyzers.LANGUAGES.stream().filter(l -> fields.fieldInfo(SearchAnalyzers.text(l)) != null).toList();
    }

    /**
     * The fields a text query searches in {@code reader}, with their boosts: citation^3, then for each language title^2,
     * text and, where the index has it, the reader's words for each passage's subjects ({@link lexsite.concepts.ConceptMatcher}).
     */
    public static Map<String, Float> fields(IndexReader reader) {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(SearchIndexBuilder.CITATION, 3f);
        for (String language : languages(reader)) {
            boosts.put(SearchAnalyzers.title(language), 2f);
            boosts.put(SearchAnalyzers.text(language), 1f);
            if (infos.fieldInfo(SearchAnalyzers.plain(language)) != null) boosts.put(SearchAnalyzers.plain(language), PLAIN_BOOST);
        }
        return boosts;
    }

    QueryPlan plan(String query) {
        return QueryPlan.of(query, vocabulary, synonyms, standard, stemmer);
    }

    /**
     * The plan as a sum over its words (and phrases), each word scoring as its best field plus {@link #TIE_BREAKER}
     * times its other fields (a {@link DisjunctionMaxQuery}): a word the passage has in its text, its title and its
     * reader's words counts little more than a word it has once, so passages that have more of the words asked for
     * rank higher. Within a field, each alternative of the word, analysed for the field, is a term query boosted by
     * field boost × the alternative's weight; a phrase is a phrase query. search.js scores the same way.
     */
    Query text(String query) {
        return text(plan(query));
    }

    Query text(QueryPlan plan) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryPlan.Clause clause : plan.clauses()) word(clause).ifPresent(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** A word (or phrase) of a plan as its disjunction over the fields; empty where no field has a term for it. */
    private Optional<Query> word(QueryPlan.Clause clause) {
        List<Query> perField = new ArrayList<>();
        fields.forEach((field, boost) -> {
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            if (clause instanceof QueryPlan.Word word) {
                for (QueryPlan.Alternative a : word.alternatives()) {
                    for (QueryAnalysis.Positioned t : QueryAnalysis.positioned(analyzer, field, a.word())) {
                        inField.add(new BoostQuery(new TermQuery(new Term(field, t.term())), boost * a.weight()), Occur.SHOULD);
                    }
                }
            } else if (clause instanceof QueryPlan.Phrase phrase) {
                phrase(field, phrase.text()).ifPresent(q -> inField.add(new BoostQuery(q, boost), Occur.SHOULD));
            }
            BooleanQuery q = inField.build();
            if (!q.clauses().isEmpty()) perField.add(q);
        });
        return perField.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(perField, TIE_BREAKER));
    }

    /**
     * The plan's words as the index rewrites them, a word the same as an earlier one (typed twice, or with the same
     * terms in every field) once, as Lucene merges them and engine.js groups them; {@link ResultRows#shown} counts them.
     */
    private List<Query> distinctWords(QueryPlan plan) throws IOException {
        java.util.LinkedHashSet<Query> out = new java.util.LinkedHashSet<>();
        for (QueryPlan.Clause clause : plan.clauses()) {
            Optional<Query> word = word(clause);
            if (word.isPresent()) out.add(searcher.rewrite(word.get()));
        }
        return new ArrayList<>(out);
    }

    /** For each of {@code docs} that has any, the words (by their place in {@code words}) it has, in any field. */
    private Map<Integer, java.util.BitSet> wordsOf(List<Query> words, List<Integer> docs) throws IOException {
        Map<Integer, java.util.BitSet> out = new HashMap<>();
        List<Integer> sorted = docs.stream().sorted().distinct().toList();
        for (int i = 0; i < words.size(); i++) {
            Weight weight = searcher.createWeight(words.get(i), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) continue;
                DocIdSetIterator matches = scorer.iterator();
                for (int doc : sorted) {
                    int local = doc - leaf.docBase;
                    if (local < 0 || local >= leaf.reader().maxDoc()) continue;
                    if (matches.docID() < local) matches.advance(local);
                    if (matches.docID() == local) out.computeIfAbsent(doc, d -> new java.util.BitSet()).set(i);
                }
            }
        }
        return out;
    }

    /** The phrase's terms at their positions (a removed stop word leaves a gap); a one-term phrase is a term query. */
    private Optional<Query> phrase(String field, String text) {
        List<QueryAnalysis.Positioned> terms = QueryAnalysis.positioned(analyzer, field, text);
        if (terms.isEmpty()) return Optional.empty();
        if (terms.size() == 1) return Optional.of(new TermQuery(new Term(field, terms.get(0).term())));
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (QueryAnalysis.Positioned t : terms) phrase.add(new Term(field, t.term()), t.position());
        return Optional.of(phrase.build());
    }

    private List<SearchHit> hits(List<Integer> docs, Query query) throws IOException {
        String[] fields = languages.stream().map(SearchAnalyzers::text).toArray(String[]::new);
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        Map<String, String[]> snippets = docs.isEmpty() ? new HashMap<>() : highlighter.highlightFields(fields, query, ids, passages);
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Document d = searcher.storedFields().document(ids[i]);
            String language = d.get(SearchIndexBuilder.LANGUAGE);
            String[] forField = snippets.get(SearchAnalyzers.text(language));
            String snippet = forField == null || forField[i] == null ? "" : forField[i];
            out.add(new SearchHit(i + 1, d.get(SearchIndexBuilder.ID),
                    SearchDocument.Kind.valueOf(d.get(SearchIndexBuilder.KIND).toUpperCase(Locale.ROOT)),
                    d.get(SearchIndexBuilder.CITATION), d.get(SearchAnalyzers.title(language)),
                    shorten(snippet.replaceAll("\\s+", " ").strip()), d.get(SearchIndexBuilder.URL)));
        }
        return out;
    }

    /** A long passage cut to a window that starts shortly before its first mark, at a word boundary. */
    private String shorten(String snippet) {
        if (snippet.length() <= SNIPPET_CHARS) return snippet;
        int mark = Math.max(0, snippet.indexOf(marks.open()));
        int start = mark < SNIPPET_CHARS / 3 ? 0 : snippet.lastIndexOf(' ', mark - SNIPPET_CHARS / 3) + 1;
        int end = snippet.indexOf(' ', Math.min(snippet.length() - 1, start + SNIPPET_CHARS));
        String cut = snippet.substring(start, end < 0 ? snippet.length() : end);
        // a window may end between an open mark and its close
        if (cut.lastIndexOf(marks.open()) > cut.lastIndexOf(marks.close())) cut += marks.close();
        return (start > 0 ? "… " : "") + cut + (end < 0 ? "" : " …");
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
