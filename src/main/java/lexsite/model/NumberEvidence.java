package lexsite.model;

/**
 * One piece of evidence for an article's number.
 *
 * @param kind what it is
 * @param line the line that gives it: in the act's text for a citation or note, in the pins file for a pin
 * @param text the citation's words, the note, or the pin's source
 */
public record NumberEvidence(Kind kind, int line, String text) implements java.io.Serializable {

    public enum Kind {
        /** A citation elsewhere in the act names this number, and its words fit this article. */
        CITATION,
        /** The article's own note names the number ("former text of Article 29"). */
        NOTE,
        /** A maintainer's pin, with the public source it names. */
        PIN
    }
}
