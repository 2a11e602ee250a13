package lexsite.parse;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.TextLine;

/**
 * Finds lines that announce a list ("…shall be refused where:") whose items the source lacks, so that the
 * site can say so in place instead of looking complete.
 */
final class ListGaps {

    private ListGaps() {
    }

    /**
     * @param lines          a node's own text lines
     * @param listFollows    the node has items or sub-items after these lines
     */
    static List<TextLine> mark(List<TextLine> lines, boolean listFollows) {
        List<TextLine> marked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean last = i == lines.size() - 1;
            boolean gap = line.text().endsWith(":")
                    && (last ? !listFollows : !continues(lines.get(i + 1).text()));
            marked.add(gap ? line.withListMissing() : line);
        }
        return marked;
    }

    /**
     * A line that carries on the same sentence ("Last amended:" then "18 June 2025, …"). A line in lower case
     * does not: "Orders for:" then "shall be subject to appeal…" resumes the sentence after a lost list.
     */
    private static boolean continues(String next) {
        return Character.isDigit(next.codePointAt(0));
    }
}
