package lexsite.model;

/**
 * One line of provision text exactly as in the source.
 *
 * @param line            1-based source line number
 * @param text            the text after any marker ("(1)", "2.") and note the parser consumed
 * @param listMissingAfter the line announces a list ("…shall be refused where:") whose items the source lacks
 */
public record TextLine(int line, String text, boolean listMissingAfter) implements java.io.Serializable {

    public TextLine(int line, String text) {
        this(line, text, false);
    }

    public TextLine withListMissing() {
        return new TextLine(line, text, true);
    }
}
