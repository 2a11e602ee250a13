package lexsite.resolve.numbering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexsite.model.Act;
import lexsite.model.Article;

/**
 * The article numbers of the Foreigners Act as public sources give them, built by hand from those sources and
 * never from the model: src/test/resources/lexsite/resolve/numbering/reference-articles.tsv, with the address of
 * each source. A row names its article by the source line it starts on and its first words.
 */
final class ReferenceTable {

    record Row(String number, int line, String starts, String subject, String url, String confidence) {
    }

    /** How many rows a numbering gets right, and the rows it gets wrong with what it gave instead. */
    record Score(int right, int rows, List<String> wrong) {
        double percent() {
            return 100.0 * right / rows;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d of %d reference articles right (%.1f%%)%s", right, rows, percent(),
                    wrong.isEmpty() ? "" : "; wrong: " + String.join("; ", wrong));
        }
    }

    static final List<Row> ROWS = load();

    private static List<Row> load() {
        try (InputStream in = ReferenceTable.class.getResourceAsStream("reference-articles.tsv")) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length < 6) continue;
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5]));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scores the act's numbers. A row's article is the one starting on its line, or on one of the two lines after
     * it (the table gives the note line, the model the first line of text where the note stands on a paragraph).
     * {@code originalLine} maps the act's lines back to the table's, for a copy of the text that lost lines.
     */
    static Score score(Act act, java.util.function.IntUnaryOperator originalLine) {
        TreeMap<Integer, String> numbers = new TreeMap<>();
        for (Article a : act.articles()) numbers.put(originalLine.applyAsInt(a.line()), a.number().latin());
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Row r : ROWS) {
            Map.Entry<Integer, String> at = numbers.ceilingEntry(r.line());
            String got = at != null && at.getKey() <= r.line() + 2 ? at.getValue() : null;
            if (r.number().equals(got)) right++;
            else wrong.add("line " + r.line() + " is " + r.number() + ", numbered " + got);
        }
        return new Score(right, ROWS.size(), wrong);
    }

    static Score score(Act act) {
        return score(act, line -> line);
    }
}
