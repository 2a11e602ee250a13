package lexsite.resolve.numbering;

/**
 * One piece of evidence for a number, as shown to readers.
 *
 * @param kind   what it is
 * @param line   the source line that gives it
 * @param text   what it says, in plain words
 * @param weight how much it counted
 */
public record Finding(Kind kind, int line, String text, double weight) implements java.io.Serializable {

    public enum Kind {
        /** Another provision cites this number, and what it says fits this article. */
        CITATION,
        /** The article's own note names the number ("former text of Article 29"). */
        NOTE
    }
}
