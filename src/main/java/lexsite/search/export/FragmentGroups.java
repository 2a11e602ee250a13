package lexsite.search.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a hit shows, in groups {@code d/<n>} of {@link #SIZE} consecutive documents (document n is in group
 * n / SIZE): per document {@code [id, kind, citation, title, url, text]}, the text whitespace-collapsed, for the
 * snippet the engine cuts around the query's words. One document a group: the hits of a query are spread over
 * the document numbers (on the 100x benchmark corpus, each in a group of its own), so larger groups mostly load
 * documents nobody asked for; docs/BENCHMARKS.md has the figures.
 */
final class FragmentGroups {

    static final int SIZE = 1;

    private FragmentGroups() {
    }

    static int write(DocTable docs, ExportFiles files) {
        int count = docs.docs().size();
        int groups = (count + SIZE - 1) / SIZE;
        for (int g = 0; g < groups; g++) {
            List<Object> group = new ArrayList<>();
            for (int doc = g * SIZE; doc < Math.min(count, (g + 1) * SIZE); doc++) {
                DocTable.Shown d = docs.shown(doc);
                String text = d.text() == null ? "" : d.text().replaceAll("\\s+", " ").strip();
                group.add(Arrays.asList(d.id(), d.kind(), d.citation(), d.title(), d.url(), text));
            }
            files.add("d/" + g, group);
        }
        return groups;
    }
}
