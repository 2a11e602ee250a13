package lexsite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Results grouped as a reader sees them: one row per article (or per programme, guide, glossary entry, topic),
 * never an article beside its own paragraphs. A row takes the rank of its best document and shows the best-ranked
 * paragraph of its article where one is among the ranked documents, so the answer comes with its paragraph; the
 * article's whole text shows only where no paragraph of it ranked. engine.js groups by the same rule.
 */
public final class ResultRows {

    /**
     * Documents ranked for each row a search shows, so most rows find their best paragraph among them; where they
     * fill fewer rows than asked (one article's paragraphs filling the ranking), the engines rank twice as deep,
     * and again, until the rows are filled or no more documents match.
     */
    public static final int DOCUMENTS_PER_ROW = 2;

    /** The kinds of document that answer a question (a provision, a programme), rather than explain or point. */
    public static final List<String> ANSWERING_KINDS = List.of("law", "programme");

    private ResultRows() {
    }

    /** Whether a document of {@code kind} ({@link SearchDocument.Kind#key()}) may lead the results. */
    public static boolean answers(String kind) {
        return ANSWERING_KINDS.contains(kind);
    }

    /** The row an id belongs to: the article ("art_24i" for "art_24i__para_1") or the page ("programme:x" for "programme:x#contact"). */
    public static String group(String id) {
        int cut = id.indexOf("__");
        int hash = id.indexOf('#');
        if (hash >= 0 && (cut < 0 || hash < cut)) cut = hash;
        return cut < 0 ? id : id.substring(0, cut);
    }

    /**
     * The documents to show, one per row, at most {@code limit}.
     *
     * @param ranked documents in rank order
     * @param pinned a document to show first as it is (a cited provision), or -1
     * @param idOf   a document's id
     */
    public static List<Integer> rows(List<Integer> ranked, int pinned, IntFunction<String> idOf, int limit) {
        return rows(ranked, pinned, idOf, doc -> true, limit);
    }

    /**
     * As {@link #rows(List, int, IntFunction, int)}, answer first: where the first row is a page that only explains or
     * points (a glossary entry, a topic, the guide) and a row that answers (a provision, a programme) is among those
     * shown, the best such row moves first and the others keep their order. Searches apply it to questions
     * ({@link QueryPlan#question()}): for the law's own term ("family reunification") the glossary entry is the
     * better start.
     *
     * @param answers whether a document may lead the results
     */
    public static List<Integer> rows(List<Integer> ranked, int pinned, IntFunction<String> idOf, java.util.function.IntPredicate answers, int limit) {
        List<Integer> out = grouped(ranked, pinned, idOf, limit);
        if (pinned < 0 && !out.isEmpty() && !answers.test(out.get(0))) {
            for (int i = 1; i < out.size(); i++) {
                if (answers.test(out.get(i))) {
                    out.add(0, out.remove(i));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Integer> grouped(List<Integer> ranked, int pinned, IntFunction<String> idOf, int limit) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        if (pinned >= 0) shown.put(group(idOf.apply(pinned)), pinned);
        for (int doc : ranked) {
            String id = idOf.apply(doc), group = group(id);
            Integer current = shown.get(group);
            if (current == null) shown.put(group, doc);
            else if (current != pinned && idOf.apply(current).equals(group) && !id.equals(group)) shown.put(group, doc);
        }
        List<Integer> out = new ArrayList<>(shown.values());
        return new ArrayList<>(out.subList(0, Math.min(limit, out.size())));
    }
}
