package lexsite.parse;

/**
 * A regex fragment for "a word starts here" that costs one character to check, for patterns searched with
 * {@code find()}. Java's {@code \b} looks back over every combining mark before it to find their base character, so
 * a pattern starting with {@code \b} takes time quadratic in the length of a run of marks: a garbled line of 40,000
 * U+0301 kept the build busy for minutes (found by the fuzz tests, {@code ActFuzzTest}).
 */
public final class WordStart {

    /** Not after a letter, digit, combining mark or underscore: where {@code \b} before a word would match. */
    public static final String REGEX = "(?<![\\p{L}\\p{Nd}\\p{M}_])";

    private WordStart() {
    }
}
