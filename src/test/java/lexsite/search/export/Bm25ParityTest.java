package lexsite.search.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Scores computed from the exported statistics equal Lucene's own, so a browser holding them ranks as Lucene does. */
class Bm25ParityTest {

    private static final List<String> TEXTS = List.of(
            "A visa is an authorization for entry and residence or for airport transit.",
            "A long-term residence permit may be granted to a foreigner who holds a visa under Article 15.",
            "The family members of a foreigner residing in Bulgaria may join him or her.",
            "Residence residence residence: a field where one word repeats, and a much longer text follows it to change "
                    + "the length normalisation that BM25 applies to long documents in a field.",
            "Coercive administrative measures include expulsion and return.");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"text", "plain_en"})
    void exportedStatisticsReproduceLuceneScoresForEveryTermAndDocument(String field) throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
                for (String text : TEXTS) {
                    Document doc = new Document();
                    doc.add(new TextField(field, text, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(lexsite.search.SiteSearcher.similarity()); // plain_en: b = 0
                FieldStats stats = IndexReaderExport.field(reader, field);
                int compared = 0;
                for (var entry : stats.postings().entrySet()) {
                    TermQuery query = new TermQuery(new Term(field, entry.getKey()));
                    for (ScoreDoc hit : searcher.search(query, TEXTS.size()).scoreDocs) {
                        FieldStats.Posting posting = entry.getValue().stream().filter(p -> p.doc() == hit.doc).findFirst().orElseThrow();
                        float ours = Bm25.score(1f, entry.getValue().size(), stats, hit.doc, posting.freq());
                        assertEquals(hit.score, ours, 1e-6f, "term '" + entry.getKey() + "' in document " + hit.doc);
                        compared++;
                    }
                }
                assertTrue(compared > 40, "compared only " + compared + " scores");
                assertEquals("resid", stats.postings().keySet().stream().filter(t -> t.startsWith("resid")).findFirst().orElseThrow(),
                        "the export holds Lucene's stemmed terms");
            }
        }
    }
}
