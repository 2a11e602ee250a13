package lexsite.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Results grouped as a reader sees them: one row per article (or per programme, guide, glossary entry, topic),
 * never an article beside its own paragraphs. A row takes the rank of its best document and shows one of its
 * article's paragraphs where any is among the ranked documents, so the answer comes with its paragraph; the
 * article's whole text shows only where no paragraph of it ranked. Of the paragraphs, it shows the one that has the
 * words of the query its sibling paragraphs lack ({@link #shown}). engine.js groups by the same rules.
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
        return rows(ranked, pinned, idOf, doc -> true, doc -> new BitSet(), limit);
    }

    /**
     * As {@link #rows(List, int, IntFunction, int)}, answer first: where the first row is a page that only explains or
     * points (a glossary entry, a topic, the guide) and a row that answers (a provision, a programme) is among those
     * shown, the best such row moves first and the others keep their order. Searches apply it to questions
     * ({@link QueryPlan#question()}): for the law's own term ("family reunification") the glossary entry is the
     * better start.
     *
     * @param answers whether a document may lead the results
     * @param words   the words of the query (by their place in it) a document has, in any field
     */
    public static List<Integer> rows(List<Integer> ranked, int pinned, IntFunction<String> idOf, java.util.function.IntPredicate answers,
                                     IntFunction<BitSet> words, int limit) {
        List<Integer> out = grouped(ranked, pinned, idOf, words, limit);
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

    private static List<Integer> grouped(List<Integer> ranked, int pinned, IntFunction<String> idOf, IntFunction<BitSet> words, int limit) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>(); // each row's documents, in rank order
        if (pinned >= 0) rows.put(group(idOf.apply(pinned)), new ArrayList<>(List.of(pinned)));
        for (int doc : ranked) rows.computeIfAbsent(group(idOf.apply(doc)), g -> new ArrayList<>()).add(doc);
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> row : rows.entrySet()) {
            if (out.size() == limit) break;
            List<Integer> docs = row.getValue();
            out.add(docs.get(0) == pinned ? pinned : shown(docs.stream().filter(d -> !idOf.apply(d).equals(row.getKey())).toList(), docs.get(0), words));
        }
        return out;
    }

    /**
     * The paragraph (or section) a row shows, of {@code parts} in rank order, or {@code whole} where none ranked: the
     * one whose words of the query are rarest among its ranked siblings, each word a paragraph has weighing 1 / the
     * number of them that have it; the better ranked on a tie. A word every paragraph has tells them apart no more
     * than the article's own subject; "seasonal work permit for six months" shows the paragraph on months among
     * those on seasonal work. Summed in the words' order, in double arithmetic, as engine.js sums it.
     */
    static int shown(List<Integer> parts, int whole, IntFunction<BitSet> words) {
        if (parts.isEmpty()) return whole;
        List<BitSet> has = parts.stream().map(words::apply).toList();
        int[] holders = new int[has.stream().mapToInt(BitSet::length).max().orElse(0)];
        for (BitSet h : has) h.stream().forEach(w -> holders[w]++);
        int best = 0;
        double bestWeight = -1;
        for (int i = 0; i < parts.size(); i++) {
            double weight = 0;
            for (int w = has.get(i).nextSetBit(0); w >= 0; w = has.get(i).nextSetBit(w + 1)) weight += 1.0 / holders[w];
            if (weight > bestWeight) {
                best = i;
                bestWeight = weight;
            }
        }
        return parts.get(best);
    }
}
