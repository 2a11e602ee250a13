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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * Searches an index written by {@link SearchIndexBuilder}. A citation ("art 24i") puts the cited provision
 * first; a State Gazette issue ("SG 52/2025") lists what it amended in the act's order; anything else is a
 * QueryParser query (quotes for phrases) ranked by BM25 over citation^3, title^2 and text, with fuzzy matching
 * for words of five letters or more that the index does not have at all.
 */
public final class SiteSearcher implements Closeable {

    /** How a snippet marks the words that matched: "[" and "]", or ANSI bold on a terminal. */
    public record Marks(String open, String close) {
        public static final Marks BRACKETS = new Marks("[", "]");
        public static final Marks BOLD = new Marks("\u001b[1m", "\u001b[0m");
    }

    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int SNIPPET_CHARS = 240;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = SearchAnalyzers.wrapper();
    private final List<String> languages = new ArrayList<>();
    private final UnifiedHighlighter highlighter;
    private final Marks marks;

    /** Reads {@code directory}, which {@link #close()} closes too. */
    public SiteSearcher(Directory directory, Marks marks) {
        this.directory = directory;
        try {
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
        this.marks = marks;
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        for (String language : SearchAnalyzers.LANGUAGES) {
            if (fields.fieldInfo(SearchAnalyzers.text(language)) != null) languages.add(language);
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
            TopDocs top = searcher.search(filtered(text(request.query()), request), request.limit() + 1);
            List<Integer> docs = new ArrayList<>();
            cited.ifPresent(docs::add);
            for (ScoreDoc sd : top.scoreDocs) if (!docs.contains(sd.doc)) docs.add(sd.doc);
            List<Integer> shown = docs.subList(0, Math.min(request.limit(), docs.size()));
            long total = top.totalHits.value + (cited.isPresent() ? 1 : 0);
            return new SearchResults(cited.isPresent() ? How.CITATION : How.TEXT, hits(shown, text(request.query())), total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    Query text(String query) throws IOException {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(SearchIndexBuilder.CITATION, 3f);
        for (String language : languages) {
            boosts.put(SearchAnalyzers.title(language), 2f);
            boosts.put(SearchAnalyzers.text(language), 1f);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(String[]::new), analyzer, boosts);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(parse(parser, query), Occur.SHOULD);
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            Term term = new Term(SearchAnalyzers.WORDS, word);
            if (word.length() >= FUZZY_MIN_LENGTH && reader.docFreq(term) == 0) {
                b.add(new FuzzyQuery(term, word.length() >= 8 ? 2 : 1), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** As typed; where that is no valid query syntax ("visa?)"), every character literally but the quotes. */
    private static Query parse(QueryParser parser, String query) {
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            String literal = QueryParser.escape(query);
            if (query.chars().filter(c -> c == '"').count() % 2 == 0) literal = literal.replace("\\\"", "\"");
            try {
                return parser.parse(literal);
            } catch (ParseException again) {
                return parseEscaped(parser, QueryParser.escape(query));
            }
        }
    }

    private static Query parseEscaped(QueryParser parser, String escaped) {
        try {
            return parser.parse(escaped);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query: " + e.getMessage(), e);
        }
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
