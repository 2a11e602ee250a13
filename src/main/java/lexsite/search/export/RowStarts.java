package lexsite.search.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexsite.search.ResultRows;

/**
 * Where each result row begins in the document numbers: the documents of an article (or a programme, a guide) are
 * consecutive in the index, so a document's row is the last start at or before it. engine.js groups its ranked
 * documents by them as {@link ResultRows} groups by id, without loading the documents. Written in shards
 * {@code a/<n>} of {@link #SHARD} documents ({@code starts}: the starts as gaps from the shard's first document;
 * {@code before}: the start of the row the shard opens in), so a query loads only the shards its documents fall in.
 */
final class RowStarts {

    static final int SHARD = 2048;

    private RowStarts() {
    }

    /** Writes a/…; returns the shard size. Fails if a row's documents are not consecutive. */
    static int write(DocTable docs, ExportFiles files) {
        List<Integer> starts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int doc = 0; doc < docs.docs().size(); doc++) {
            DocTable.Doc d = docs.docs().get(doc);
            // Ids are unique within an act only: every act has its "preface" and its art_1.
            String group = d.act() + " " + ResultRows.group(d.id());
            if (group.equals(previous)) continue;
            if (!seen.add(group)) throw new IllegalStateException("the documents of " + group + " are not consecutive in the index");
            starts.add(doc);
            previous = group;
        }
        for (int base = 0, s = 0; base < docs.docs().size(); base += SHARD) {
            int covering = s > 0 ? starts.get(s - 1) : 0; // the row the shard's first documents belong to
            List<Integer> inShard = new ArrayList<>();
            while (s < starts.size() && starts.get(s) < base + SHARD) inShard.add(starts.get(s++));
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("before", covering);
            shard.put("starts", Compact.docs(inShard, base));
            files.add("a/" + base / SHARD, shard);
        }
        return SHARD;
    }
}
