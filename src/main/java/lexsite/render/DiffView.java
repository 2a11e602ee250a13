package lexsite.render;

import java.util.ArrayList;
import java.util.List;
import lexsite.compare.WordDiff;

/**
 * A word diff as the templates show it: each run with its kind, and the number of the change it belongs to (a change
 * is a deletion, an insertion, or a deletion followed by the insertion that replaces it), so a reader can move from
 * one change to the next by its anchor.
 */
public final class DiffView {

    /** One run: {@code first} marks the first run of its change, where its anchor goes. */
    public record Run(String kind, String text, int change, boolean first) {
    }

    private DiffView() {
    }

    public static List<Run> of(List<WordDiff.Run> runs) {
        List<Run> out = new ArrayList<>();
        int change = 0;
        boolean inChange = false;
        for (WordDiff.Run r : runs) {
            boolean changed = r.kind() != WordDiff.Kind.SAME;
            boolean first = changed && !inChange;
            if (first) change++;
            inChange = changed;
            out.add(new Run(r.kind().name(), r.text(), changed ? change : 0, first));
        }
        return out;
    }

    /** How many changes the diff has. */
    public static int changes(List<Run> runs) {
        return runs.stream().mapToInt(Run::change).max().orElse(0);
    }
}
