package lexsite.parse;

import java.util.ArrayList;
import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.SourceText;

/**
 * The whole act pasted twice into its file: the opening lines come again further down. The parser would read the
 * second copy as articles repeated or as back matter and publish both; it is refused at the line where it starts.
 */
public final class RepeatedText {

    /** So many opening lines, in order, are a paste, not a coincidence of headings. */
    static final int OPENING = 4;

    private RepeatedText() {
    }

    public static void check(SourceText source, Diagnostics diagnostics) {
        List<Integer> lines = new ArrayList<>(); // the numbers of the non-blank lines
        for (int n = 1; n <= source.size(); n++) if (!source.line(n).isBlank()) lines.add(n);
        if (lines.size() < 2 * OPENING) return;
        for (int i = OPENING; i + OPENING <= lines.size(); i++) {
            if (repeatsOpening(source, lines, i)) {
                diagnostics.error(source.file(), lines.get(i), "text-repeated", "the act's text starts again here (this line and the "
                        + (OPENING - 1) + " after it repeat lines " + lines.get(0) + "–" + lines.get(OPENING - 1)
                        + "): the file holds two copies; keep one");
                return;
            }
        }
    }

    private static boolean repeatsOpening(SourceText source, List<Integer> lines, int at) {
        for (int k = 0; k < OPENING; k++) {
            if (!source.line(lines.get(at + k)).strip().equals(source.line(lines.get(k)).strip())) return false;
        }
        return true;
    }
}
