package lexsite.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Reads a field's terms, postings with positions, and norms out of a Lucene index. The static search export is
 * written from this, never from a second analysis of the content, so the browser sees exactly Lucene's index.
 */
public final class IndexReaderExport {

    private IndexReaderExport() {
    }

    /** The statistics of {@code field}; the index must be a single segment, so document ids are global. */
    public static FieldStats field(IndexReader reader, String field) {
        if (reader.leaves().size() != 1) {
            throw new IllegalArgumentException("force-merge the index to one segment before export: it has " + reader.leaves().size());
        }
        LeafReader leaf = reader.leaves().get(0).reader();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            int[] lengths = lengths(leaf, field);
            Map<String, List<FieldStats.Posting>> postings = new TreeMap<>();
            if (terms == null) return new FieldStats(field, 0, 0, lengths, postings);
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            PackedPostings.Builder list = new PackedPostings.Builder();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                pe = te.postings(pe, PostingsEnum.POSITIONS);
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    int freq = pe.freq();
                    list.doc(doc, freq);
                    for (int i = 0; i < freq; i++) list.position(pe.nextPosition());
                }
                postings.put(term.utf8ToString(), list.build());
            }
            return new FieldStats(field, terms.getDocCount(), terms.getSumTotalTermFreq(), lengths, postings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read field " + field + " from the index", e);
        }
    }

    /** Field lengths as BM25 sees them: the one-byte norm decoded with Lucene's own table. */
    private static int[] lengths(LeafReader leaf, String field) throws IOException {
        int[] lengths = new int[leaf.maxDoc()];
        NumericDocValues norms = leaf.getNormValues(field);
        if (norms == null) return lengths;
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            lengths[doc] = SmallFloat.byte4ToInt((byte) norms.longValue());
        }
        return lengths;
    }
}
