package lexsite.fuzz;

import java.util.List;

/**
 * One change to a seed, inside the region its kind allows; positions wrap, so any number is a valid case and
 * QuickTheories can shrink it towards the start.
 */
sealed interface TextMutation {

    String apply(String text, int from, int to);

    /** Puts a piece of the kind's syntax at a place. */
    record Insert(int at, String piece) implements TextMutation {
        public String apply(String text, int from, int to) {
            int i = from + Math.floorMod(at, to - from + 1);
            return text.substring(0, i) + piece + text.substring(i);
        }
    }

    /** Removes up to {@code length} characters. */
    record Delete(int at, int length) implements TextMutation {
        public String apply(String text, int from, int to) {
            if (to <= from) return text;
            int i = from + Math.floorMod(at, to - from);
            return text.substring(0, i) + text.substring(Math.min(to, i + length));
        }
    }

    /** Repeats the line a place is on. */
    record DuplicateLine(int at) implements TextMutation {
        public String apply(String text, int from, int to) {
            if (to <= from) return text;
            int i = from + Math.floorMod(at, to - from);
            int start = text.lastIndexOf('\n', Math.max(0, i - 1)) + 1;
            int end = text.indexOf('\n', i);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            return text.substring(0, end) + (line.endsWith("\n") ? line : "\n" + line) + text.substring(end);
        }
    }

    static String applyAll(String text, List<TextMutation> mutations, ContentKind kind) {
        String out = text;
        for (TextMutation m : mutations) {
            int[] region = kind.region(out);
            out = m.apply(out, region[0], Math.max(region[0], region[1]));
        }
        return out;
    }
}
