package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Purpose-built documents (all ten words long, in this order, not shuffled) where the proof of the top k must
 * bound a document seen in one list by the other list's unloaded postings, and where the heads alone would give
 * the wrong answer: each case fails if {@code prove} in engine.js reverses the document-number test of the cut
 * ({@code mayBeat}) or caps every unseen posting by B (the first of lower impact) instead of A (the next one)
 * for documents after the list's last loaded posting. The engine proves the top {@code ResultRows.DOCUMENTS_PER_ROW}
 * × limit documents but shows the top limit (each document here is a row of its own), so a mistake only at the k-th
 * place is invisible: each case ties two documents at the cut, and the one left out belongs above both.
 */
class EngineTieCutTest {

    private static ExportedIndex index;
    private static DirectoryReader reader;
    private static SiteSearcher searcher;
    private static NodeEngine engine;

    @BeforeAll
    static void export() throws IOException {
        assumeTrue(NodeAnalyzer.available(), "node is not on the PATH");
        List<SearchDocument> docs = new ArrayList<>();
        // A tie across lists. "lantern" and "meadow" have the same document frequency (23), so the same idf: "ta"
        // and "tb" (lantern once, meadow twice) and "d" (lantern twice, meadow once) score exactly alike, and "d"
        // comes first. The meadow head holds "ta", "tb" and 14 of the 20 meadow fillers (docs 0-19, the impact of
        // "d", lower numbers), so "d" (doc 20) is in a tail; the lantern head holds "d", "ta" and "tb". From the
        // heads "d" can at most equal the k-th ("tb", doc 22: the engine ranks more than it shows) with a
        // lower number, so it may rank above it, and above "ta" too: the tail must be read.
        for (int i = 0; i < 20; i++) docs.add(ExportedIndex.law("m" + i, "meadow" + filler(9)));
        docs.add(ExportedIndex.law("d", "lantern lantern meadow" + filler(7)));
        docs.add(ExportedIndex.law("ta", "lantern meadow meadow" + filler(7)));
        docs.add(ExportedIndex.law("tb", "lantern meadow meadow" + filler(7)));
        for (int i = 0; i < 20; i++) docs.add(ExportedIndex.law("l" + i, "lantern" + filler(9)));
        // Strictly above, not tied. "ua", "ub" and 30 clones share one impact in "orchard"; "d2" is the last of
        // them, so in a tail, with no posting of lower impact after it (B is none). "candle" is rarer (16
        // documents, all in the head), so "d2" (candle twice) is seen below "ua" and "ub" (candle and orchard
        // once each) but truly scores above them: capped by A, its orchard score, not by B's nothing.
        docs.add(ExportedIndex.law("ua", "candle orchard" + filler(8)));
        docs.add(ExportedIndex.law("ub", "candle orchard" + filler(8)));
        for (int i = 0; i < 30; i++) docs.add(ExportedIndex.law("o" + i, "orchard" + filler(9)));
        for (int i = 0; i < 13; i++) docs.add(ExportedIndex.law("c" + i, "candle" + filler(9)));
        docs.add(ExportedIndex.law("d2", "candle candle orchard" + filler(7)));
        // neither word: a larger collection, so that the rarer word's idf decides less than the commoner's score
        for (int i = 0; i < 40; i++) docs.add(ExportedIndex.law("p" + i, "pebble" + filler(9)));
        index = ExportedIndex.of(docs, "tie-cut");
        reader = index.reader;
        searcher = index.searcher;
        engine = index.engine;
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) index.close();
    }

    private static String filler(int n) {
        return " pebble".repeat(n);
    }

    @Test
    void aTieAcrossListsGoesToTheLowerDocumentNumber() throws Exception {
        assertRanks("lantern meadow", 1, List.of("d"));
        assertRanks("meadow lantern", 1, List.of("d"));
        assertRanks("lantern meadow", 2, List.of("d", "ta"));
    }

    @Test
    void aDocumentAfterTheLastLoadedPostingIsCappedByTheNextOne() throws Exception {
        assertRanks("candle orchard", 1, List.of("d2"));
        assertRanks("orchard candle", 1, List.of("d2"));
        assertRanks("candle orchard", 2, List.of("d2", "ua"));
    }

    /** The engine gives Lucene's ids and scores, and these are {@code expected} (so that the case tests what it says). */
    private static void assertRanks(String query, int limit, List<String> expected) throws Exception {
        List<String> cli = new ArrayList<>();
        List<Float> cliScores = new ArrayList<>();
        IndexSearcher lucene = new IndexSearcher(reader);
        lucene.setSimilarity(SiteSearcher.similarity());
        for (ScoreDoc sd : lucene.search(searcher.text(query), limit).scoreDocs) {
            cli.add(lucene.storedFields().document(sd.doc).get(SearchIndexBuilder.ID));
            cliScores.add(sd.score);
        }
        assertEquals(expected, cli, "Lucene's ranking of " + query);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("limit", limit);
        JsonNode result = engine.run(List.of(new NodeEngine.Request(query, options))).get(0);
        List<String> ours = new ArrayList<>();
        List<Float> ourScores = new ArrayList<>();
        result.get("results").get("hits").forEach(h -> {
            ours.add(h.get("id").asText());
            ourScores.add((float) h.get("score").asDouble());
        });
        assertEquals(cli + " " + cliScores, ours + " " + ourScores, "the engine and Lucene differ on " + query + " (top " + limit + ")");
    }
}
