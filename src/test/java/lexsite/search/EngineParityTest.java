package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser's engine (engine.js under Node, over the export of the real content's index) must rank as
 * {@code lexsite search} does: for every query of queries.yaml and the probes below, the same top five ids with
 * the same scores. Prints the quality (queries.yaml with an accepted id in the top five, as SearchQualityTest
 * counts it), the overlap with the CLI's top five, and the bytes each query loads.
 */
class EngineParityTest {

    private static final int TOP = 5;
    /** The spec's budget for everything one query loads on the real content, gzipped. */
    private static final int FIRST_QUERY_GZIP_BUDGET = 60 * 1024;

    /** A query and the kind it is limited to (null for all). */
    record Probe(String query, String kind) {
    }

    static final List<Probe> PROBES = List.of(
            // phrases, with a stop word inside, a single-word phrase, one the content lacks, and mixed with words
            new Probe("\"residence permit\"", null), new Probe("\"special centre\"", null),
            new Probe("\"family member\" spouse", null), new Probe("\"right of residence\"", null),
            new Probe("\"visa\"", null), new Probe("\"purple elephant visa\"", null),
            new Probe("\"long-term residence\" visa", null), new Probe("visa \"EU Blue Card\"", null),
            // filters
            new Probe("residence permit", "programme"), new Probe("visa", "law"), new Probe("family", "glossary"),
            new Probe("return home", "topic"), new Probe("trafficking", "programme"), new Probe("art 24i", "programme"),
            new Probe("SG 52/2025", "glossary"), new Probe("permit", "guide"),
            // the last word still being typed, and words that are not
            new Probe("permit resid", null), new Probe("family reun", null), new Probe("voluntary ret", null),
            new Probe("trafficki", null), new Probe("resid permit", null), new Probe("resid ", null),
            // misspellings and synonyms
            new Probe("residnce permit", null), new Probe("deportaton", null), new Probe("trafficing victim", null),
            new Probe("expulsoin order", null), new Probe("goverment", null), new Probe("wife", null),
            new Probe("deported", null), new Probe("kid alone", null), new Probe("jail", null), new Probe("salary", null),
            // citations and gazette issues
            new Probe("art 24i", null), new Probe("Article 15(1)", null), new Probe("art. 24, para 2", null),
            new Probe("чл. 24и", null), new Probe("§ 3", null), new Probe("article 33f family", null),
            new Probe("art 0", null), new Probe("art 9999", null), new Probe("Art. 24zh", null),
            new Probe("SG 52/2025", null), new Probe("State Gazette No. 97 of 2016", null),
            new Probe("ДВ бр. 52 от 2025", null), new Probe("SG 1/1900", null), new Probe("SG 0/2020", null),
            // nothing to search, and hostile or odd input
            new Probe("the", null), new Probe("a an the of", null), new Probe("?!", null),
            new Probe("<script>alert(1)</script>", null), new Probe("\"unbalanced quote visa", null),
            new Probe("visa\" permit", null), new Probe("\"\"", null), new Probe("\" \" visa", null),
            new Probe("residence ".repeat(150), null), new Probe("x".repeat(300), null), new Probe("😀 visa", null),
            new Probe("'; DROP TABLE acts; --", null), new Probe("EU's citizens'", null), new Probe("VISA", null),
            // a word twice, and two words with the same stems in some fields only: each word scores by its best field
            new Probe("visa visas permit permit", null), new Probe("detained detention jail", null));

    private static DirectoryReader reader;
    private static SiteSearcher searcher;
    private static NodeEngine engine;
    private static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void exportTheRealContent() throws IOException {
        assumeTrue(NodeAnalyzer.available(), "node is not on the PATH: the engine was not compared with the CLI");
        reader = DirectoryReader.open(RealIndex.copy());
        searcher = new SiteSearcher(RealIndex.copy(), SiteSearcher.Marks.BRACKETS);
        Path site = Files.createTempDirectory(Path.of("target"), "engine-site");
        engine = new NodeEngine(reader, site);
    }

    @AfterAll
    static void close() throws IOException {
        REPORT.forEach(System.out::println);
        if (reader != null) reader.close();
        if (searcher != null) searcher.close();
    }

    @Test
    void theEngineRanksEveryQueryAsTheCommandLineDoes() throws Exception {
        List<SearchQualityTest.Expectation> expectations = expectations();
        List<Probe> probes = new ArrayList<>();
        expectations.forEach(e -> probes.add(new Probe(e.query(), null)));
        probes.addAll(PROBES);
        List<JsonNode> results = engine.run(probes.stream().map(p -> request(p.query(), p.kind(), TOP)).toList());

        int identical = 0, qualityHits = 0;
        double overlapSum = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            JsonNode got = results.get(i).get("results");
            List<String> ours = new ArrayList<>();
            Map<String, Double> ourScores = new HashMap<>();
            got.get("hits").forEach(h -> {
                ours.add(h.get("id").asText());
                ourScores.put(h.get("id").asText(), h.get("score").asDouble());
            });
            List<String> cli = probe.query().isBlank() ? List.of() : cli(probe).ids();
            // gazette hits are listed in index order, unscored
            boolean scored = !probe.query().isBlank() && !"gazette".equals(got.get("how").asText());
            Map<String, Float> cliScores = scored ? cliScores(probe) : Map.of();
            List<String> common = ours.stream().filter(cli::contains).toList();
            double overlap = cli.isEmpty() && ours.isEmpty() ? 1 : (double) common.size() / Math.max(cli.size(), ours.size());
            overlapSum += overlap;
            List<String> scoreDiffs = new ArrayList<>();
            for (String id : common) {
                Float theirs = cliScores.get(id);
                if (theirs != null && Math.abs(theirs - ourScores.get(id)) > 1e-5 * Math.max(1, theirs)) {
                    scoreDiffs.add(id + " " + theirs + " vs " + ourScores.get(id));
                }
            }
            if (ours.equals(cli) && scoreDiffs.isEmpty()) identical++;
            else differences.add("  " + quoted(probe) + "\n    cli    " + cli + "\n    engine " + ours + (scoreDiffs.isEmpty() ? "" : "\n    scores " + scoreDiffs));
            if (i < expectations.size()) {
                List<String> accept = expectations.get(i).accept();
                if (ours.stream().anyMatch(id -> SearchQualityTest.accepted(id, accept))) qualityHits++;
            }
        }
        double quality = 100.0 * qualityHits / expectations.size();
        double overlap = 100.0 * overlapSum / probes.size();
        REPORT.add(String.format(Locale.ROOT, "engine parity: %d queries (%d from queries.yaml); quality %d/%d = %.1f%% in the top %d; "
                + "top-%d overlap with the CLI %.1f%%; identical ids and scores %d/%d", probes.size(), expectations.size(),
                qualityHits, expectations.size(), quality, TOP, TOP, overlap, identical, probes.size()));
        differences.forEach(REPORT::add);
        assertTrue(quality >= 90, () -> "quality " + quality + "%");
        assertTrue(overlap >= 80, () -> "overlap " + overlap + "%:\n" + String.join("\n", differences));
        assertEquals(List.of(), differences, "the engine and the CLI differ");
    }

    @Test
    void eachQueryLoadsLittleFromAColdStart() throws Exception {
        List<String> sample = List.of("residence permit", "can my wife join me", "how long can I stay without a visa",
                "\"long-term residence\"", "art 24i", "SG 52/2025", "deportaton", "permit resid",
                "victim of trafficking", "what happens in the detention centre", "family reun");
        List<JsonNode> results = engine.run(sample.stream().map(q -> request(q, null, 10)).toList());
        int worst = 0;
        for (int i = 0; i < sample.size(); i++) {
            JsonNode files = results.get(i).get("files");
            int raw = 0, gzip = 0;
            for (JsonNode f : files) {
                raw += f.get("bytes").asInt();
                gzip += f.get("gzip").asInt();
            }
            worst = Math.max(worst, gzip);
            REPORT.add(String.format(Locale.ROOT, "  cold query %-40s %2d files, %6d bytes, %6d gzipped, %5.1f ms in Node",
                    quoted(new Probe(sample.get(i), null)), files.size(), raw, gzip, results.get(i).get("millis").asDouble()));
        }
        int max = worst;
        assertTrue(max <= FIRST_QUERY_GZIP_BUDGET, () -> "a query loads " + max + " gzipped bytes");
    }

    private static NodeEngine.Request request(String query, String kind, int limit) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("limit", limit);
        if (kind != null) options.put("kinds", List.of(kind));
        return new NodeEngine.Request(query, options);
    }

    private static SearchResults cli(Probe p) {
        SearchDocument.Kind kind = p.kind() == null ? null : SearchDocument.Kind.valueOf(p.kind().toUpperCase(Locale.ROOT));
        return searcher.search(new SearchRequest(p.query(), kind, null, TOP));
    }

    /** Lucene's scores of the text query (with the kind filter) by id. */
    private static Map<String, Float> cliScores(Probe p) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(searcher.text(p.query()), Occur.MUST);
        if (p.kind() != null) b.add(new TermQuery(new Term(SearchIndexBuilder.KIND, p.kind())), Occur.FILTER);
        Query query = b.build();
        IndexSearcher lucene = new IndexSearcher(reader);
        lucene.setSimilarity(SiteSearcher.similarity());
        Map<String, Float> out = new HashMap<>();
        for (ScoreDoc sd : lucene.search(query, 50).scoreDocs) {
            out.put(lucene.storedFields().document(sd.doc).get(SearchIndexBuilder.ID), sd.score);
        }
        return out;
    }

    private static String quoted(Probe p) {
        String q = p.query().length() > 60 ? p.query().substring(0, 57) + "..." : p.query();
        return "\"" + q + "\"" + (p.kind() == null ? "" : " [" + p.kind() + "]");
    }

    private static List<SearchQualityTest.Expectation> expectations() throws IOException {
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("queries.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, SearchQualityTest.QuerySet.class).queries();
        }
    }
}
