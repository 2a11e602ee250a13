package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's proof of the top k under exact ties: an index of cloned documents (as the benchmark's 100x corpus
 * has), shuffled so that clones are spread over the document numbers. Lucene ranks equal scores by document
 * number; the engine must give exactly the CLI's top ten, ids in order and scores, and settle a tie at the cut
 * from the heads when their order already decides it, without reading tails.
 */
class EngineTiesTest {

    private static final String[] WORDS = {"river", "stone", "garden", "window", "letter", "market", "bridge",
            "forest", "castle", "island", "harbour", "valley"};
    private static final int LIMIT = 10;

    private static ExportedIndex index;
    private static DirectoryReader reader;
    private static SiteSearcher searcher;
    private static NodeEngine engine;

    @BeforeAll
    static void exportClones() throws IOException {
        assumeTrue(NodeAnalyzer.available(), "node is not on the PATH");
        Random random = new Random(20261121);
        List<SearchDocument> docs = new ArrayList<>();
        // "river" five times in a short text, cloned 40 times: the top ten of "river" is a tie of 40 at the cut
        for (int c = 0; c < 40; c++) docs.add(ExportedIndex.law("a" + c, "River river river river river stone."));
        for (int b = 0; b < 60; b++) {
            StringBuilder text = new StringBuilder();
            int length = 3 + random.nextInt(30);
            for (int w = 0; w < length; w++) {
                // skewed: the first words are far commoner; "river" is the clones' own
                int i = 1 + (int) Math.floor((WORDS.length - 1) * Math.pow(random.nextDouble(), 2));
                text.append(WORDS[i]).append(w % 7 == 6 ? ". " : " ");
            }
            int copies = 1 + random.nextInt(40);
            for (int c = 0; c < copies; c++) docs.add(ExportedIndex.law("b" + b + "-" + c, text.toString().strip()));
        }
        // short texts of four words, each cloned past a head (16): ties within and across lists cut by the heads
        String[] few = {"castle", "island", "harbour", "valley"};
        for (int b = 0; b < 16; b++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int w = 0; w < length; w++) text.append(few[random.nextInt(few.length)]).append(' ');
            int copies = 10 + random.nextInt(30);
            for (int c = 0; c < copies; c++) docs.add(ExportedIndex.law("c" + b + "-" + c, text.toString().strip()));
        }
        Collections.shuffle(docs, random);
        index = ExportedIndex.of(docs, "ties");
        reader = index.reader;
        searcher = index.searcher;
        engine = index.engine;
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) index.close();
    }

    @Test
    void theEngineRanksTiesAsLuceneDoes() throws Exception {
        List<JsonNode> results = ranksAsLucene(null);
        System.out.printf("ties: %d of %d queries read documents' own terms by cost%n", resolving(results), results.size());
    }

    /** However a stalled proof goes on, by tails alone or by documents' own terms, the ranking is Lucene's. */
    @Test
    void readingDocumentsOwnTermsRanksAsReadingTails() throws Exception {
        assertEquals(0, resolving(ranksAsLucene("tails")), "queries that read documents' own terms with proof: tails");
        long resolving = resolving(ranksAsLucene("terms"));
        assertTrue(resolving >= 100, resolving + " queries read documents' own terms with proof: terms");
    }

    private static long resolving(List<JsonNode> results) {
        return results.stream().filter(r -> !paths(r, "search/f/").isEmpty()).count();
    }

    private List<JsonNode> ranksAsLucene(String proof) throws Exception {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>(List.of(WORDS));
        for (int i = 0; i < 400; i++) {
            int n = 2 + random.nextInt(3);
            List<String> words = new ArrayList<>();
            // half of them from the short texts' four words
            for (int w = 0; w < n; w++) words.add(i % 2 == 0 ? WORDS[8 + random.nextInt(4)] : WORDS[random.nextInt(WORDS.length)]);
            queries.add(String.join(" ", words));
        }
        // cuts at several depths, so that ties fall across the k-th place in many ways
        int[] limits = {1, 2, 3, 5, 10, 20};
        List<Integer> limit = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) limit.add(limits[i % limits.length]);
        List<NodeEngine.Request> requests = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) requests.add(request(queries.get(i), limit.get(i), proof));
        List<JsonNode> results = engine.run(requests);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            List<String> ours = new ArrayList<>();
            List<Float> ourScores = new ArrayList<>();
            results.get(i).get("results").get("hits").forEach(h -> {
                ours.add(h.get("id").asText());
                ourScores.add((float) h.get("score").asDouble());
            });
            List<String> cli = new ArrayList<>();
            List<Float> cliScores = new ArrayList<>();
            IndexSearcher lucene = new IndexSearcher(reader);
            lucene.setSimilarity(SiteSearcher.similarity());
            for (ScoreDoc sd : lucene.search(searcher.text(queries.get(i)), limit.get(i)).scoreDocs) {
                cli.add(lucene.storedFields().document(sd.doc).get(SearchIndexBuilder.ID));
                cliScores.add(sd.score);
            }
            assertEquals(cli, searcher.search(SearchRequest.of(queries.get(i), limit.get(i))).ids(), "the CLI's own ranking");
            if (!ours.equals(cli) || !ourScores.equals(cliScores)) {
                differences.add(queries.get(i) + "\n  cli    " + cli + " " + cliScores + "\n  engine " + ours + " " + ourScores);
            }
        }
        assertEquals(List.of(), differences, "the engine and Lucene differ (proof: " + proof + ")");
        return results;
    }

    private static List<String> paths(JsonNode result, String prefix) {
        List<String> out = new ArrayList<>();
        result.get("files").forEach(f -> {
            if (f.get("path").asText().startsWith(prefix)) out.add(f.get("path").asText());
        });
        return out;
    }

    @Test
    void aTieAtTheCutIsSettledFromTheHeads() throws Exception {
        // 40 clones score alike; the head holds the first 16 in document order, which is also the order Lucene
        // gives them, so nothing after the head can enter the top 16: the documents the engine ranks for 8 rows
        int rows = 16 / ResultRows.DOCUMENTS_PER_ROW;
        JsonNode result = engine.run(List.of(request("river", rows, null))).get(0);
        assertEquals(List.of(), paths(result, "search/y/"), "tails loaded for a tie the heads decide");
        List<String> ids = new ArrayList<>();
        result.get("results").get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(rows, ids.size());
        ids.forEach(id -> assertEquals('a', id.charAt(0), ids::toString));
    }

    private static NodeEngine.Request request(String query, int limit, String proof) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("limit", limit);
        if (proof != null) options.put("proof", proof);
        return new NodeEngine.Request(query, options);
    }
}
