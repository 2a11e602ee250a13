package lexsite.search.export;

import java.util.List;
import java.util.Map;

/**
 * Everything BM25 needs about one field, read out of a Lucene index so that a browser can score as Lucene does.
 *
 * @param docCount    documents with this field (Lucene's {@code CollectionStatistics.docCount})
 * @param sumTotalTermFreq tokens in the field across all documents
 * @param lengths     each document's field length as Lucene decodes it from its one-byte norm (0 when absent)
 * @param postings    term → its postings, documents in increasing order
 */
public record FieldStats(String field, int docCount, long sumTotalTermFreq, int[] lengths,
                         Map<String, List<Posting>> postings) {

    /** One document's occurrences of a term, with positions for phrase queries. */
    public record Posting(int doc, int freq, int[] positions) {
    }

    /** BM25's b for this field ({@link lexsite.search.SiteSearcher#lengthWeight}). */
    public float b() {
        return lexsite.search.SiteSearcher.lengthWeight(field);
    }

    /** Lucene's average field length: a float, as BM25Similarity computes it. */
    public float averageLength() {
        return (float) (sumTotalTermFreq / (double) docCount);
    }
}
