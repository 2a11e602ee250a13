package lexsite.search.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact-match lookups of citations and gazette issues, spread so that no file grows with the site:
 * ids in {@code i/<bucket>} (bucket = Java hashCode of the id up to "__", modulo the bucket count: a paragraph
 * shares its article's bucket), gazette issues in chunks {@code g/<issue>-<n>} of {@link #GAZETTE_CHUNK}
 * documents in index order (chunk 0 also counts the issue's documents per partition), act ranges in {@code acts}.
 */
final class LookupFiles {

    static final int IDS_PER_BUCKET = 512;
    static final int GAZETTE_CHUNK = 256;

    private LookupFiles() {
    }

    static int buckets(int docs) {
        return Math.max(1, (docs + IDS_PER_BUCKET - 1) / IDS_PER_BUCKET);
    }

    static int bucket(String id, int buckets) {
        int cut = id.indexOf("__");
        return Math.floorMod((cut < 0 ? id : id.substring(0, cut)).hashCode(), buckets);
    }

    /** Writes i/…; returns the bucket count. */
    static int ids(DocTable docs, ExportFiles files) {
        int buckets = buckets(docs.docs().size());
        List<Map<String, List<Integer>>> out = new ArrayList<>();
        for (int b = 0; b < buckets; b++) out.add(new TreeMap<>());
        for (int doc = 0; doc < docs.docs().size(); doc++) {
            String id = docs.docs().get(doc).id();
            out.get(bucket(id, buckets)).computeIfAbsent(id, k -> new ArrayList<>()).add(doc);
        }
        for (int b = 0; b < buckets; b++) files.add("i/" + b, out.get(b));
        return buckets;
    }

    /** Writes g/…; returns issue → number of chunks. */
    static Map<String, Integer> gazette(FieldStats gazette, DocTable docs, ExportFiles files) {
        Map<String, Integer> chunks = new TreeMap<>();
        gazette.postings().forEach((issue, postings) -> {
            List<Integer> all = postings.stream().map(FieldStats.Posting::doc).toList();
            int[] counts = new int[DocTable.KINDS.size()];
            all.forEach(doc -> counts[docs.partition(doc)]++);
            int n = 0;
            for (int start = 0; start < all.size(); start += GAZETTE_CHUNK, n++) {
                Map<String, Object> chunk = new LinkedHashMap<>();
                if (n == 0) chunk.put("counts", counts);
                chunk.put("docs", Compact.docs(all.subList(start, Math.min(all.size(), start + GAZETTE_CHUNK)),
                        start == 0 ? 0 : all.get(start - 1)));
                files.add("g/" + issue + "-" + n, chunk);
            }
            chunks.put(issue, n);
        });
        return chunks;
    }

    static void acts(DocTable docs, ExportFiles files) {
        files.add("acts", docs.actRanges());
    }
}
