package lexsite.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, by java-diff-utils' Myers diff over words: the runs each text shares with
 * the other, and those only one of them has. Joining the runs of one side gives that text back exactly, spaces and
 * punctuation included, so no word is ever dropped or changed by showing a difference.
 */
public final class WordDiff {

    /** What a run is: in both texts, only in the new one, or only in the old one. */
    public enum Kind {
        SAME, INSERTED, DELETED
    }

    /** One run of text, in the order a reader meets it (a deletion comes before the insertion that replaces it). */
    public record Run(Kind kind, String text) {
    }

    // a word (letters, digits, and the marks within words), a run of spaces, or one other character
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’.,/-][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    public static List<Run> of(String before, String after) {
        List<String> a = tokens(before), b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            add(runs, Kind.SAME, a.subList(at, from));
            add(runs, Kind.DELETED, delta.getSource().getLines());
            add(runs, Kind.INSERTED, delta.getTarget().getLines());
            at = from + delta.getSource().size();
        }
        add(runs, Kind.SAME, a.subList(at, a.size()));
        return runs;
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Run> runs) {
        return runs.stream().anyMatch(r -> r.kind() != Kind.SAME);
    }

    /** One side of the comparison, as it was written: the old text ({@code SAME} and {@code DELETED}) or the new. */
    public static String side(List<Run> runs, boolean after) {
        StringBuilder s = new StringBuilder();
        for (Run r : runs) if (r.kind() == Kind.SAME || r.kind() == (after ? Kind.INSERTED : Kind.DELETED)) s.append(r.text());
        return s.toString();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Adds a run, joining it to the one before when they are of one kind. */
    private static void add(List<Run> runs, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) return;
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            text = runs.remove(runs.size() - 1).text() + text;
        }
        runs.add(new Run(kind, text));
    }
}
