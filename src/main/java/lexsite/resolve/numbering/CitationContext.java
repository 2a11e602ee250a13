package lexsite.resolve.numbering;

import java.util.List;
import lexsite.resolve.Citation;

/**
 * The words a citation stands among, which say what the cited article is about: its clause, from the last
 * full stop, semicolon or colon before it to the next one after it, at most {@link #WORDS} words to each side, with
 * every citation in it blanked out (their numbers and "Article" say nothing of the subject).
 */
public final class CitationContext {

    static final int WORDS = 12;
    /** Characters enough for {@link #WORDS} long words, so a line of thousands of citations reads in linear time. */
    private static final int REACH = 25 * WORDS;

    private CitationContext() {
    }

    public static String of(String line, Citation citation, List<Citation> inLine) {
        return of(blanked(line, inLine), citation);
    }

    /** The line with every citation in it blanked out, made once for all the citations of a line. */
    public static String blanked(String line, List<Citation> inLine) {
        StringBuilder text = new StringBuilder(line);
        for (Citation c : inLine) for (int i = c.start(); i < c.end(); i++) text.setCharAt(i, ' ');
        return text.toString();
    }

    /** {@link #of(String, Citation, List)} on a line already {@link #blanked}. */
    public static String of(String blanked, Citation citation) {
        String before = blanked.substring(clauseStart(blanked, citation.start()), citation.start());
        String after = blanked.substring(citation.end(), clauseEnd(blanked, citation.end()));
        return lastWords(before) + " " + firstWords(after);
    }

    /**
     * What prose says of one article it names ({@code inLine.get(index)}, the citations in source order): the words after it, up to the next citation or the end of the clause
     * ("Article 24 lets …, and Article 46 deals with postponing expulsion"), or, where it ends the clause or stands
     * in brackets ("an ordinance of the Council of Ministers (Article 9e)"), the words before it back to the citation
     * before.
     */
    public static String ownWords(String line, List<Citation> inLine, int index) {
        Citation citation = inLine.get(index);
        int from = clauseStart(line, citation.start()), to = clauseEnd(line, citation.end());
        if (index > 0) from = Math.max(from, Math.min(citation.start(), inLine.get(index - 1).end()));
        if (index + 1 < inLine.size()) to = Math.min(to, Math.max(citation.end(), inLine.get(index + 1).start()));
        String after = line.substring(citation.end(), to).strip();
        boolean bracketed = after.startsWith(")");
        return after.isEmpty() || bracketed ? line.substring(from, citation.start()).replaceFirst("\\s*\\($", "").strip() : after;
    }

    /** Where the clause before {@code from} starts, looking back no further than {@link #WORDS} words can reach. */
    private static int clauseStart(String line, int from) {
        int limit = Math.max(0, from - REACH);
        for (int i = from - 1; i >= limit; i--) if (isBoundary(line, i)) return i + 1;
        return limit;
    }

    private static int clauseEnd(String line, int from) {
        int limit = Math.min(line.length(), from + REACH);
        for (int i = from; i < limit; i++) if (isBoundary(line, i)) return i;
        return limit;
    }

    /** ".", ";" and ":" end a clause, but not the full stop in "No. 9" or "1.5". */
    private static boolean isBoundary(String line, int i) {
        char c = line.charAt(i);
        if (c == ';' || c == ':') return true;
        return c == '.' && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))
                && !(i >= 2 && line.startsWith("No", i - 2));
    }

    private static String lastWords(String s) {
        String[] words = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - WORDS), words.length));
    }

    private static String firstWords(String s) {
        String[] words = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, WORDS)));
    }
}
