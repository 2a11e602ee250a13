package lexsite.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lexsite.search.SearchAnalyzers;
import lexsite.search.SearchDocument;
import lexsite.search.SearchIndexBuilder;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Every document's stored fields in index order, and where each kind and each act lies in the document numbers.
 * A kind is a partition of the postings: the engine filters by kind without reading documents.
 */
final class DocTable {

    /** What every stage of the export asks of a document; the rest is read when its fragment is written. */
    record Doc(String id, String kind, String act) {
    }

    /** What a hit shows of a document: {@link FragmentGroups}. */
    record Shown(String id, String kind, String citation, String title, String url, String text) {
    }

    /** The partitions, in this order; a document's partition is its kind's index here. */
    static final List<String> KINDS = java.util.Arrays.stream(SearchDocument.Kind.values()).map(SearchDocument.Kind::key).toList();
    private static final Set<String> LISTED = Set.of(SearchIndexBuilder.ID, SearchIndexBuilder.KIND, SearchIndexBuilder.ACT);

    private final StoredFields stored;
    private final List<Doc> docs = new ArrayList<>();
    /** Each document's partition, looked up once: the term shards ask it of every posting. */
    private final int[] partitions;

    /** Reads the index's stored fields; at 100 acts their texts are a hundred megabytes, so only ids are kept. */
    DocTable(IndexReader reader) {
        try {
            stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document d = stored.document(i, LISTED);
                docs.add(new Doc(d.get(SearchIndexBuilder.ID), d.get(SearchIndexBuilder.KIND), d.get(SearchIndexBuilder.ACT)));
            }
            partitions = docs.stream().mapToInt(d -> KINDS.indexOf(d.kind().toLowerCase(Locale.ROOT))).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document {@code doc}'s stored fields as a hit shows them, read from the index. */
    Shown shown(int doc) {
        try {
            Document d = stored.document(doc);
            String language = d.get(SearchIndexBuilder.LANGUAGE);
            return new Shown(d.get(SearchIndexBuilder.ID), d.get(SearchIndexBuilder.KIND), d.get(SearchIndexBuilder.CITATION),
                    d.get(SearchAnalyzers.title(language)), d.get(SearchIndexBuilder.URL), d.get(SearchAnalyzers.text(language)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Doc> docs() {
        return docs;
    }

    int partition(int doc) {
        return partitions[doc];
    }

    /** kind → runs of document numbers [start, end), for the kinds the index has. */
    Map<String, List<int[]>> kindRanges() {
        Map<String, List<int[]>> out = new LinkedHashMap<>();
        for (String kind : KINDS) {
            List<int[]> ranges = ranges(kind, Doc::kind);
            if (!ranges.isEmpty()) out.put(kind, ranges);
        }
        return out;
    }

    /** act id → runs of document numbers [start, end). */
    Map<String, List<int[]>> actRanges() {
        Map<String, List<int[]>> out = new TreeMap<>();
        for (Doc d : docs) if (d.act() != null) out.computeIfAbsent(d.act(), a -> ranges(a, Doc::act));
        return out;
    }

    private List<int[]> ranges(String value, java.util.function.Function<Doc, String> of) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (!value.equals(of.apply(docs.get(i)))) continue;
            if (!out.isEmpty() && out.get(out.size() - 1)[1] == i) out.get(out.size() - 1)[1] = i + 1;
            else out.add(new int[] {i, i + 1});
        }
        return out;
    }
}
