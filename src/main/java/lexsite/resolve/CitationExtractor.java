package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.model.ArticleNumber;
import lexsite.parse.WordStart;

/**
 * Finds references in one line of provision text: "Article 9e(1)", "Article 24, paragraph 2, items 1–3",
 * "Articles 24i, 24k, 24l, 33k and 33p", "Articles 24a–24g", and, within the same article, "paragraph (1)" or
 * "paragraphs (9)–(11)". A reference followed by "of the Penal Code" or "of Regulation (EU) 2018/1240" cites
 * another act and is marked so, never resolved into this one.
 */
public final class CitationExtractor {

    // WordStart, not \b: these are searched through whole lines, and \b is quadratic in a run of combining marks.
    private static final Pattern ARTICLE_WORD = Pattern.compile(WordStart.REGEX + "(?:Articles?|Art\\.)\\s+(?=\\d)");
    private static final Pattern PARAGRAPH_WORD = Pattern.compile(WordStart.REGEX + "[Pp]aragraphs?\\s+(?=\\(?\\d)");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})([a-z]{0,3})(?![\\w/])");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*[–—-]\\s*");
    private static final Pattern LIST_JOIN = Pattern.compile(",?\\s+(?:and|or)\\s+|,\\s+(?=\\(?\\d)");
    private static final Pattern BRACKETED = Pattern.compile("\\((\\d{1,3}[a-z]?)\\)");
    private static final Pattern BRACKETED_LETTER = Pattern.compile("\\(([a-z])\\)");
    // "paragraphs 4–11 and paragraphs 17–22": a further list of the same kind, joined by "and", is the same article's
    private static final Pattern SUBDIVISION = Pattern.compile(",?\\s+(?:and\\s+)?(paragraphs?|items?|letters?|points?)\\s+");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\(?(\\d{1,3}[a-z]?)\\)?(?![\\w/])|[‘'\"“]([a-zа-я])[’'\"”]");
    private static final Pattern EXTERNAL = Pattern.compile(
            "^,?\\s+(?:of|under|from)\\s+(?!this\\b)((?:the\\s+)?(?:"
                    + "(?:Council\\s+|Commission\\s+)?(?:Regulation|Directive|Decision)\\s*\\((?:EU|EC|EEC)\\)\\s*(?:No\\.?\\s*)?\\d+/\\d+(?:/\\w+)?"
                    + "|(?:Act|Law|Code)\\s+(?:on|of|for)\\s+(?:the\\s+)?[A-Z][\\w’'\\-]*(?:\\s+(?:[A-Z][\\w’'\\-]*|of|on|the|and|for|in|to|with))*" // "the Act on the Promotion of Research and Innovation"
                    + "|[A-Z][\\w’'\\-]*(?:\\s+(?:[A-Z][\\w’'\\-]*|of|on|the|and|for|in|to|with|a|an|Their|their|Members|Human|European))*"
                    + "\\s*(?:Act|Code|Law|Convention|Agreement|Treaty|Constitution|Regulation|Directive|Annex\\s+\\w+|Protocol)"
                    + "(?:\\s+(?:of|on|for)\\s+(?:the\\s+)?[A-Z][\\w’'\\-]*(?:\\s+[A-Z][\\w’'\\-]*)*)?))");

    private CitationExtractor() {
    }

    public static List<Citation> extract(String text) {
        List<Citation> found = new ArrayList<>();
        Matcher word = ARTICLE_WORD.matcher(text);
        int from = 0;
        while (word.find(from)) {
            int end = readArticleList(text, word.start(), word.end(), found);
            from = Math.max(end, word.end());
        }
        List<Citation> relative = new ArrayList<>();
        Matcher para = PARAGRAPH_WORD.matcher(text);
        from = 0;
        // Each search goes on from the end of the citation read: a line of thousands of "paragraph (1)" used to be
        // read from every one of them to the end of the line, quadratic time (found by ActFuzzTest).
        while (para.find(from)) {
            from = para.end();
            if (insideAny(found, para.start())) continue;
            Cursor c = new Cursor(text, para.end());
            List<String> paragraphs = readNumberList(c);
            if (paragraphs.isEmpty()) continue;
            List<String> items = readItems(c);
            String external = readExternal(c);
            relative.add(new Citation(para.start(), c.pos, null, paragraphs, items, external));
            from = c.pos;
        }
        found.addAll(relative);
        found.sort(java.util.Comparator.comparingInt(Citation::start));
        return found;
    }

    private static boolean insideAny(List<Citation> citations, int offset) {
        return citations.stream().anyMatch(c -> offset >= c.start() && offset < c.end());
    }

    /** Reads "24i, 24k and 33p", each with its own paragraphs and items, then "of <act>" for the whole list. */
    private static int readArticleList(String text, int start, int numbersStart, List<Citation> out) {
        Cursor c = new Cursor(text, numbersStart);
        List<Citation> list = new ArrayList<>();
        int refStart = start;
        while (true) {
            int before = c.pos;
            Matcher m = c.match(NUMBER);
            if (m == null) {
                c.pos = before;
                break;
            }
            Optional<ArticleNumber> first = ArticleNumber.parse(m.group(1) + m.group(2));
            if (first.isEmpty()) {
                c.pos = before;
                break;
            }
            List<ArticleNumber> numbers = new ArrayList<>(List.of(first.get()));
            int save = c.pos;
            if (c.match(RANGE_DASH) != null) {
                Matcher last = c.match(NUMBER);
                Optional<ArticleNumber> to = last == null ? Optional.empty() : ArticleNumber.parse(last.group(1) + last.group(2));
                if (to.isPresent()) numbers = ArticleRange.expand(first.get(), to.get());
                else c.pos = save;
            }
            List<String> paragraphs = new ArrayList<>();
            while (true) { // "9e(1)" and "69(3) and (4)"
                Matcher b = c.match(BRACKETED);
                if (b == null) {
                    int s2 = c.pos;
                    if (!paragraphs.isEmpty() && c.match(LIST_JOIN) != null && (b = c.match(BRACKETED)) != null) {
                        paragraphs.add(b.group(1));
                        continue;
                    }
                    c.pos = s2;
                    break;
                }
                paragraphs.add(b.group(1));
            }
            List<String> items = new ArrayList<>();
            Matcher point = c.match(BRACKETED_LETTER); // "Article 32(1)(c)": a point, as EU acts cite them
            if (point != null) items.add(point.group(1));
            readSubdivisions(c, paragraphs, items);
            for (ArticleNumber n : numbers) list.add(new Citation(refStart, c.pos, n, paragraphs, items, null));
            int s3 = c.pos;
            if (c.match(LIST_JOIN) == null || c.peek(NUMBER) == null) {
                c.pos = s3;
                break;
            }
            refStart = c.pos;
        }
        if (list.isEmpty()) return numbersStart;
        String external = readExternal(c);
        for (Citation citation : list) {
            out.add(external == null ? citation : new Citation(citation.start(), citation.end(), citation.article(),
                    citation.paragraphs(), citation.items(), external));
        }
        return c.pos;
    }

    /**
     * ", paragraph 1, items 1–13 and items 16–20", ", letter ‘b’". Without a list for paragraphs, stops before a
     * further "paragraph …": after "paragraph (1)" that is a citation of its own.
     */
    private static void readSubdivisions(Cursor c, List<String> paragraphs, List<String> items) {
        while (true) {
            int save = c.pos;
            Matcher m = c.match(SUBDIVISION);
            boolean paragraph = m != null && m.group(1).startsWith("paragraph");
            List<String> numbers = m == null || (paragraph && paragraphs == null) ? List.of()
                    : paragraph ? readNumberList(c) : readItemList(c);
            if (numbers.isEmpty()) {
                c.pos = save;
                return;
            }
            (paragraph ? paragraphs : items).addAll(numbers);
        }
    }

    private static List<String> readItems(Cursor c) {
        List<String> items = new ArrayList<>();
        readSubdivisions(c, null, items);
        return items;
    }

    /** "1", "(1)", "(9)–(11)", "1 and 2", "1, 2, and 3". */
    private static List<String> readNumberList(Cursor c) {
        return readList(c, BRACKETED_OR_PLAIN);
    }

    private static List<String> readItemList(Cursor c) {
        return readList(c, ITEM_NUMBER);
    }

    private static final Pattern BRACKETED_OR_PLAIN = Pattern.compile("\\(?(\\d{1,3}[a-z]?)\\)?(?![\\w/])");

    private static List<String> readList(Cursor c, Pattern one) {
        List<String> out = new ArrayList<>();
        while (true) {
            Matcher m = c.match(one);
            if (m == null) return out;
            String first = m.group(1) != null ? m.group(1) : m.group(2);
            int save = c.pos;
            Matcher to = c.match(RANGE_DASH) != null ? c.match(one) : null;
            if (to != null && to.group(1) != null && first.chars().allMatch(Character::isDigit)
                    && to.group(1).chars().allMatch(Character::isDigit)) {
                int a = Integer.parseInt(first);
                int b = Integer.parseInt(to.group(1));
                for (int i = a; i <= b && i - a < 100; i++) out.add(Integer.toString(i));
            } else {
                c.pos = save;
                out.add(first);
            }
            int joinAt = c.pos;
            if (c.match(LIST_JOIN) == null || c.peek(one) == null) {
                c.pos = joinAt;
                return out;
            }
        }
    }

    private static String readExternal(Cursor c) {
        Matcher m = c.peek(EXTERNAL);
        if (m == null) return null;
        c.pos = m.end();
        return m.group(1).replaceFirst("^the\\s+", "");
    }

    /** A position in the text and anchored matching from it. */
    private static final class Cursor {
        final String text;
        int pos;

        Cursor(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        Matcher match(Pattern p) {
            Matcher m = peek(p);
            if (m != null) pos = m.end();
            return m;
        }

        Matcher peek(Pattern p) {
            Matcher m = p.matcher(text);
            m.region(pos, text.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(true);
            return m.lookingAt() ? m : null;
        }
    }
}
