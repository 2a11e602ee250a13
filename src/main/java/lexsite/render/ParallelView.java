package lexsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.compare.WordDiff;
import lexsite.model.Article;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.TextLine;
import lexsite.xliff.TranslatedAct;

/**
 * Two texts of one provision side by side, paragraph by paragraph and item by item: two languages (aligned by eId)
 * or two wordings the source gives (aligned by their place in the article, and compared word by word, so that
 * every word of each is shown and each difference marked).
 *
 * @param rows    one per paragraph, item or letter either side has, in the left text's order
 * @param differs how many rows' words differ (wordings only; 0 for languages)
 */
public record ParallelView(Side left, Side right, List<Row> rows, int differs) {

    /** @param label "Wording 1", "English"; lang the BCP 47 code of its words */
    public record Side(String label, String lang, String articleId) {
    }

    /**
     * @param id        the left node's id (the right one's where only it has the row): the row's anchor
     * @param number    how the source numbers it: "(1)", "2.", "a)"; empty for an article's unnumbered text
     * @param depth     0 for a paragraph, 1 for an item, 2 for a letter
     * @param left      the left words as runs (SAME, or DELETED where the right lacks them); null where it has no such node
     */
    public record Row(String id, String number, int depth, Cell left, Cell right) {
    }

    /**
     * @param runs        null where this side has no such node
     * @param listMissing the words announce a list the source does not give
     * @param note        the amendment note, never translated
     */
    public record Cell(String id, List<DiffView.Run> runs, boolean untranslated, boolean listMissing, String note) {

        public boolean missing() {
            return runs == null;
        }
    }

    private record Node(String id, String number, int depth, List<TextLine> lines, Provenance note) {
        String text() {
            return String.join("\n", lines.stream().map(TextLine::text).toList());
        }

        boolean listMissing() {
            return lines.stream().anyMatch(TextLine::listMissingAfter);
        }
    }

    /** Two wordings of one article: every difference marked word by word. */
    public static ParallelView wordings(Article first, Article second, String firstLabel, String secondLabel, String lang) {
        return of(new Side(firstLabel, lang, first.id()), first, new Side(secondLabel, lang, second.id()), second, true);
    }

    /** One article in two languages, aligned by eId. */
    public static ParallelView languages(Article left, Side leftSide, Article right, Side rightSide) {
        return of(leftSide, left, rightSide, right, false);
    }

    private static ParallelView of(Side leftSide, Article left, Side rightSide, Article right, boolean diff) {
        Map<String, Node> l = nodes(left), r = nodes(right);
        List<String> keys = merged(new ArrayList<>(l.keySet()), new ArrayList<>(r.keySet()));
        List<Row> rows = new ArrayList<>();
        int differs = 0;
        for (String key : keys) {
            Node a = l.get(key), b = r.get(key);
            Node shape = a != null ? a : b;
            Cell ca, cb;
            if (diff && a != null && b != null) {
                List<WordDiff.Run> runs = WordDiff.of(a.text(), b.text());
                if (WordDiff.changed(runs)) differs++;
                List<DiffView.Run> view = DiffView.of(runs);
                ca = new Cell(a.id(), view.stream().filter(x -> !x.kind().equals("INSERTED")).toList(), false, a.listMissing(), a.note().raw());
                cb = new Cell(b.id(), view.stream().filter(x -> !x.kind().equals("DELETED")).toList(), false, b.listMissing(), b.note().raw());
            } else {
                if (diff) differs++;
                ca = cell(a);
                cb = cell(b);
            }
            rows.add(new Row(shape.id(), shape.number(), shape.depth(), ca, cb));
        }
        return new ParallelView(leftSide, rightSide, rows, differs);
    }

    private static Cell cell(Node n) {
        if (n == null) return new Cell(null, null, false, false, "");
        boolean untranslated = TranslatedAct.untranslated(n.lines());
        return new Cell(n.id(), List.of(new DiffView.Run("SAME", n.text(), 0, false)), untranslated, n.listMissing(), n.note().raw());
    }

    /** The left keys in order, each key only the right has placed after the one it follows there. */
    static List<String> merged(List<String> left, List<String> right) {
        List<String> out = new ArrayList<>(left);
        String previous = null;
        for (String key : right) {
            if (!out.contains(key)) out.add(previous == null ? 0 : out.indexOf(previous) + 1, key);
            previous = key;
        }
        return out;
    }

    /** The article's paragraphs, items and letters by their id below the article ("para_1__point_2"). */
    private static Map<String, Node> nodes(Article a) {
        Map<String, Node> out = new LinkedHashMap<>();
        String prefix = a.id() + "__";
        for (Paragraph p : a.paragraphs()) {
            out.put(p.id().substring(prefix.length()), new Node(p.id(), p.isNumbered() ? "(" + p.number() + ")" : "", 0, p.text(), p.provenance()));
            for (Item i : p.items()) item(i, 1, prefix, out);
        }
        return out;
    }

    private static void item(Item i, int depth, String prefix, Map<String, Node> out) {
        String number = i.number() + (i.number().matches("\\p{L}+") ? ")" : ".");
        out.put(i.id().substring(prefix.length()), new Node(i.id(), number, depth, i.text(), i.provenance()));
        for (Item s : i.subItems()) item(s, depth + 1, prefix, out);
    }
}
