package lexsite.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one source line looks like, before any context is considered: a heading, a marker that opens a
 * provision ("Art. 8a.", "(1)", "2.", "a)", "§ 3."), a whole amendment note, or plain text.
 *
 * @param kind   the shape
 * @param number the number the marker carries ("8a", "1", "a", "Two"); null where there is none
 * @param rest   the line after the marker, not yet split into note and text; the heading title for headings
 * @param marker the exact marker text consumed, for rebuilding the source line
 */
public record LineShape(Kind kind, String number, String rest, String marker) {

    public enum Kind {
        BLANK, NOTE, ARTICLE, PARAGRAPH, ITEM, LETTER, SECTION_SIGN,
        PART, CHAPTER, SECTION, SUPPLEMENTARY_HEADING, CLOSING, TEXT
    }

    private static final String SUFFIX = "[a-zа-я]{0,3}";
    private static final Pattern ARTICLE = Pattern.compile(
            "^((?:Art\\.|Article|Чл\\.)\\s*(\\d{1,4}\\s?" + SUFFIX + ")(?:\\.|(?=\\s*\\()|$))\\s*(.*)$");
    private static final Pattern PARAGRAPH = Pattern.compile("^(\\((\\d{1,3}" + SUFFIX + ")\\))(?:\\s+|$)(.*)$");
    private static final Pattern ITEM = Pattern.compile("^((\\d{1,3}" + SUFFIX + ")\\.)(?:\\s+|$)(.*)$");
    private static final Pattern LETTER = Pattern.compile("^(([a-zа-я])\\))\\s+(.*)$");
    private static final Pattern SECTION_SIGN = Pattern.compile("^(§\\s*(\\d{1,3}" + SUFFIX + ")\\.)\\s*(.*)$");
    private static final Pattern PART = Pattern.compile("^((?:Part|PART|Част)\\s+([\\p{L}\\d]+))\\.?\\s*(.*)$");
    private static final Pattern CHAPTER = Pattern.compile(
            "^((?:Chapter|CHAPTER|Глава)\\s+([\\p{L}\\d]+(?:\\s?[\"“„'][a-zа-я][\"”“']|[a-zа-я])?))\\.?\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^((?:Section|SECTION|Раздел)\\s+([IVXL\\d]+" + SUFFIX + "))\\.?\\s*(.*)$");
    private static final Pattern SUPPLEMENTARY = Pattern.compile(
            "^(?i)(additional|supplementary|transitional|final|допълнителн|преходн|заключителн)\\S*(\\s+(and|и)\\s+\\S+)?\\s+(provisions?|разпоредб[аи])\\.?$");
    private static final Pattern CLOSING = Pattern.compile("^(The|This) (Act|Law) was adopted by the .*National Assembly.*|^Законът е приет от .*");

    public static LineShape of(String line) {
        String text = line.strip();
        if (text.isEmpty()) return new LineShape(Kind.BLANK, null, "", "");
        if (text.startsWith("(") && AmendmentNoteParser.isNote(text)) return new LineShape(Kind.NOTE, null, text, "");
        Matcher m;
        if ((m = PARAGRAPH.matcher(text)).matches()) return marked(Kind.PARAGRAPH, m);
        if ((m = ITEM.matcher(text)).matches()) return marked(Kind.ITEM, m);
        if ((m = LETTER.matcher(text)).matches()) return marked(Kind.LETTER, m);
        if ((m = SECTION_SIGN.matcher(text)).matches()) return marked(Kind.SECTION_SIGN, m);
        if ((m = ARTICLE.matcher(text)).matches()) return marked(Kind.ARTICLE, m);
        if (SUPPLEMENTARY.matcher(text).matches()) return new LineShape(Kind.SUPPLEMENTARY_HEADING, null, text, "");
        if ((m = PART.matcher(text)).matches() && looksLikeHeadingRest(m.group(3))) return marked(Kind.PART, m);
        if ((m = CHAPTER.matcher(text)).matches() && looksLikeHeadingRest(m.group(3))) return marked(Kind.CHAPTER, m);
        if ((m = SECTION.matcher(text)).matches() && looksLikeHeadingRest(m.group(3))) return marked(Kind.SECTION, m);
        if (CLOSING.matcher(text).matches()) return new LineShape(Kind.CLOSING, null, text, "");
        if (isCapitalsHeading(text)) return new LineShape(Kind.CHAPTER, null, text, "");
        if (isTitleCaseHeading(text)) return new LineShape(Kind.SECTION, null, text, "");
        return new LineShape(Kind.TEXT, null, text, "");
    }

    private static LineShape marked(Kind kind, Matcher m) {
        return new LineShape(kind, m.group(2).replace(" ", ""), m.group(3), m.group(1));
    }

    /** A heading's own title: empty (title on the next line), or a title that does not read as a sentence. */
    private static boolean looksLikeHeadingRest(String rest) {
        return rest.isEmpty() || !rest.endsWith(".") || isCapitalsHeading(rest);
    }

    /** "RESIDENCE OF FOREIGNERS IN THE REPUBLIC OF BULGARIA": chapter titles survived in capitals. */
    static boolean isCapitalsHeading(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 4 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.startsWith("(")
                && Character.isLetter(text.codePointAt(0));
    }

    /**
     * "Administrative Penal Provisions": a line in title case without closing punctuation, the way the
     * surviving section titles look. Sentences end in punctuation and have lower-case words; these do not,
     * bar the odd "through".
     */
    static boolean isTitleCaseHeading(String text) {
        if (!Character.isUpperCase(text.codePointAt(0))) return false;
        char last = text.charAt(text.length() - 1);
        if (".;:,)”\"".indexOf(last) >= 0) return false;
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 60) return false;
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (word.length() <= 3) continue;
            significant++;
            if (Character.isUpperCase(word.codePointAt(0))) capitalised++;
        }
        return significant >= 2 && capitalised >= 0.85 * significant;
    }
}
