package lexsite.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.SourceText;

/**
 * An amendment note that lost its closing bracket ("(amended – SG No. 29 of 2007 A single permit is issued…")
 * is not a note to the parser: its words would be published as the law's. Each line's brackets are matched in one
 * pass, and the first one left open is an error when what follows it reads as a note.
 */
public final class UnclosedNotes {

    private UnclosedNotes() {
    }

    public static void check(SourceText source, Diagnostics diagnostics) {
        for (int n = 1; n <= source.size(); n++) {
            String line = source.line(n);
            int open = firstUnclosed(line);
            if (open >= 0 && AmendmentNoteParser.startsUnclosedNote(line.substring(open + 1).strip())) {
                String shown = line.substring(open, Math.min(line.length(), open + 50));
                diagnostics.error(source.file(), n, "note-unclosed", "the amendment note '" + shown
                        + (line.length() > open + 50 ? "…" : "") + "' has no closing bracket: add the ')' where the note ends");
            }
        }
    }

    /** The index of the first '(' that no ')' closes, or -1. */
    static int firstUnclosed(String line) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(') open.push(i);
            else if (c == ')' && !open.isEmpty()) open.pop();
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }
}
