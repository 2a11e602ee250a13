package lexsite.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexsite.load.SourceText;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.TextLine;
import lexsite.parse.AmendmentNoteParser;
import lexsite.parse.LineShape;

/**
 * Whether a model keeps every word of its source, in order. Line by line, the model's text for a source line must be
 * that line's words less a leading part the parser consumes into structure: markers ("Art. 8a.", "(1)", "2.", "a)",
 * "§ 3.", "Chapter Two") and amendment notes. Across lines, the model's text comes in source order, bar second
 * wordings, which sit with the article they repeat.
 */
public final class SourceWords {

    private SourceWords() {
    }

    /** What the model lost, invented or reordered, one message per problem; empty when it kept every word. */
    public static List<String> problems(SourceText source, Act act) {
        List<String> problems = new ArrayList<>();
        List<TextLine> inOrder = new ArrayList<>(act.frontMatter());
        List<TextLine> secondWordings = new ArrayList<>();
        Map<Integer, String> titles = new TreeMap<>();
        for (Division d : act.body()) walk(d, inOrder, secondWordings, titles);
        inOrder.addAll(act.closing());
        inOrder.addAll(act.backMatter());

        int previous = 0;
        for (TextLine t : inOrder) {
            if (t.line() < previous) problems.add("line " + t.line() + " comes after line " + previous + " in the model");
            previous = Math.max(previous, t.line());
        }
        Map<Integer, StringBuilder> kept = new TreeMap<>();
        List<TextLine> all = new ArrayList<>(inOrder);
        all.addAll(secondWordings);
        for (TextLine t : all) {
            if (t.line() < 1 || t.line() > source.size()) {
                problems.add("model text at line " + t.line() + ", outside the source: " + t.text());
                continue;
            }
            kept.computeIfAbsent(t.line(), k -> new StringBuilder()).append(squash(t.text()));
        }
        // A heading that gives only its number ("Chapter Two") takes its title from the next line.
        titles.forEach((line, title) -> kept.computeIfAbsent(titleLine(source, line, squash(title)), k -> new StringBuilder())
                .append(squash(title)));

        // Compared without whitespace: a note may end inside a word ("…of 2013 ())*" keeps "*" as text).
        for (int n = 1; n <= source.size(); n++) {
            String line = source.line(n);
            String whole = squash(line);
            String text = kept.getOrDefault(n, new StringBuilder()).toString();
            if (!whole.endsWith(text)) {
                problems.add("line " + n + ": model has '" + text + "' for source '" + line + "'");
                continue;
            }
            String consumed = line.substring(0, offsetOf(line, whole.length() - text.length()));
            if (!isMarkup(consumed)) problems.add("line " + n + ": model lost '" + consumed + "'");
        }
        return problems;
    }

    private static void walk(Division d, List<TextLine> inOrder, List<TextLine> secondWordings, Map<Integer, String> titles) {
        if (d.title() != null) titles.put(d.line(), d.title());
        for (Article a : d.articles()) {
            a.lines().forEach(l -> inOrder.add(l.line()));
            for (Article alt : a.alternatives()) alt.lines().forEach(l -> secondWordings.add(l.line()));
        }
        for (Division c : d.children()) walk(c, inOrder, secondWordings, titles);
    }

    private static int titleLine(SourceText source, int headingLine, String title) {
        for (int n = headingLine; n <= source.size() && n <= headingLine + 1; n++) {
            if (squash(source.line(n)).endsWith(title)) return n;
        }
        return headingLine;
    }

    /** Where in {@code line} its {@code count}th character that is no space begins (or the end of the line). */
    private static int offsetOf(String line, int count) {
        int seen = 0;
        for (int i = 0; i < line.length(); i++) {
            if (isSpace(line.charAt(i))) continue;
            if (seen == count) return i;
            seen++;
        }
        return line.length();
    }

    /** Markers and notes only: what the parser turns into numbers and provenance rather than text. */
    private static boolean isMarkup(String text) {
        String rest = text.strip();
        while (!squash(rest).isEmpty()) { // spaces alone are no words ("\u00A0", which strip() keeps)
            if (AmendmentNoteParser.isNote(rest)) return true;
            int note = AmendmentNoteParser.noteLength(rest);
            if (note > 0) {
                rest = rest.substring(note).strip();
                continue;
            }
            String marker = marker(rest);
            if (marker.isEmpty() || !rest.startsWith(marker)) return false;
            rest = rest.substring(marker.length()).strip();
        }
        return true;
    }

    /** The marker {@code text} starts with, seen as the parser sees it: alone, or with text after it. */
    private static String marker(String text) {
        String alone = LineShape.of(text).marker();
        return alone.isEmpty() ? LineShape.of(text + " x").marker() : alone;
    }

    /** The text less every whitespace and space character, as the parser's {@code strip()} and readers see them. */
    private static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) if (!isSpace(text.charAt(i))) out.append(text.charAt(i));
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
