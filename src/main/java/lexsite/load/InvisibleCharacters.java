package lexsite.load;

import java.util.Locale;

/**
 * Characters a reader cannot see but that change what text says or how it is shown: bidirectional overrides and
 * isolates (the "Trojan Source" trick: U+202E shows "Article 42" where the file holds "24 elcitrA") and, in the law,
 * zero-width spaces and joiners that split a citation ("Article 2\u200B4") so it resolves to nothing. They are
 * refused where they stand, with the line and column, rather than published.
 */
public final class InvisibleCharacters {

    /** Refused in every content file: they reorder what is shown. */
    public static final String EVERYWHERE = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u2060\uFEFF";
    /**
     * Refused in an act's text as well: the law is English and Bulgarian, where zero-width joiners and direction
     * marks have no place (a Markdown page in Farsi may need them).
     */
    public static final String LAW = EVERYWHERE + "\u200C\u200D\u200E\u200F\u2061\u2062\u2063\u2064\u00AD";

    private InvisibleCharacters() {
    }

    /** @param refused the characters to refuse, {@link #EVERYWHERE} or {@link #LAW} */
    public static void refuse(SourceText text, String refused) {
        for (int n = 1; n <= text.size(); n++) {
            String line = text.line(n);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c >= '\u00AD' && refused.indexOf(c) >= 0) {
                    throw new ContentError(text.file(), n, "invisible character U+" + String.format(Locale.ROOT, "%04X", (int) c)
                            + " (" + Character.getName(c).toLowerCase(Locale.ROOT) + ") at column " + (i + 1)
                            + ": it changes how the text reads or is found without showing; delete it");
                }
            }
        }
    }
}
