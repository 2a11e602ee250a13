package lexsite.model;

/**
 * A Markdown body as written, not rendered.
 *
 * @param file      the file it came from, relative to the project ("content/programmes/iom-romania.md")
 * @param firstLine the 1-based line of the file where {@code text} starts, so a problem found at line {@code n}
 *                  of the text is reported at {@code firstLine + n - 1}
 * @param text      the body, lines joined by LF
 */
public record Markdown(String file, int firstLine, String text) implements java.io.Serializable {
}
