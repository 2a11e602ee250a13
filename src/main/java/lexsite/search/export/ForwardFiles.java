package lexsite.search.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each document's own terms, {@code f/<doc>}: per searched field that it has, {@code [field, length, "t1 t2 …",
 * {"t3": freq, …}]} (terms of frequency 1 space-separated, the others with their frequency; length as BM25 sees it).
 * The engine scores a candidate from this exactly in every term clause at once (random access), instead of reading
 * a low-idf list's tail down to where that document lies: on a site of many acts those tails are most of a query's
 * bytes, and a few documents' terms settle the top hits for less. See docs/ARCHITECTURE.md, "Search".
 */
final class ForwardFiles {

    private ForwardFiles() {
    }

    /**
     * Writes f/…. Each document's record is kept as the JSON text of its fields' entries until every field is read:
     * at 100 acts, lists and maps per entry were the largest thing the export held.
     */
    static void write(List<FieldStats> fields, int docs, ExportFiles files) {
        String[] records = new String[docs];
        for (int f = 0; f < fields.size(); f++) {
            FieldStats field = fields.get(f);
            StringBuilder[] once = new StringBuilder[docs];
            List<Map<String, Integer>> more = new ArrayList<>(java.util.Collections.nCopies(docs, null));
            field.postings().forEach((term, postings) -> { // in term order, so each record lists its terms sorted
                if (term.isEmpty() || term.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalStateException("a term the forward records cannot hold in " + field.field() + ": '" + term + "'");
                }
                for (FieldStats.Posting p : postings) {
                    if (once[p.doc()] == null) {
                        once[p.doc()] = new StringBuilder();
                        more.set(p.doc(), new LinkedHashMap<>());
                    }
                    if (p.freq() > 1) more.get(p.doc()).put(term, p.freq());
                    else once[p.doc()].append(once[p.doc()].length() > 0 ? " " : "").append(term);
                }
            });
            for (int doc = 0; doc < docs; doc++) {
                if (once[doc] == null) continue;
                String entry = ExportFiles.json(List.of(f, field.lengths()[doc], once[doc].toString(), more.get(doc)));
                records[doc] = records[doc] == null ? entry : records[doc] + "," + entry;
            }
        }
        for (int doc = 0; doc < docs; doc++) files.addJson("f/" + doc, "[" + (records[doc] == null ? "" : records[doc]) + "]");
    }
}
