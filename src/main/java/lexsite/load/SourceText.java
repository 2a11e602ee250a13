package lexsite.load;

import java.util.List;

/**
 * A text file of content as lines, with the path used in diagnostics.
 *
 * @param file  the path as shown to maintainers, relative to the project ("content/acts/…/2025-06-30.txt")
 * @param lines the lines without their line terminators; line {@code n} is {@code lines.get(n - 1)}
 */
public record SourceText(String file, List<String> lines) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    public String line(int number) {
        return lines.get(number - 1);
    }

    public int size() {
        return lines.size();
    }

    /** Splits text on LF or CRLF; CRLF files parse exactly like LF ones. */
    public static SourceText of(String file, String text) {
        String[] parts = text.split("\r?\n", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].isEmpty()) n--; // a final newline ends the last line, it adds none
        return new SourceText(file, List.of(parts).subList(0, n));
    }
}
