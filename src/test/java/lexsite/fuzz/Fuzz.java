package lexsite.fuzz;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of damaged acts: a slice of the real act's lines with mutations applied. The real act resolves in
 * seconds (the numbering alignment is quadratic in articles); a slice of 40 to 150 lines resolves in tens of
 * milliseconds, so hundreds of cases fit in a test run. The slice may start at the first line or end at the last.
 */
final class Fuzz {

    /** {@code -Dlexsite.fuzz.tries=10000}: cases per property (default 500). */
    static final int TRIES = Integer.getInteger("lexsite.fuzz.tries", 500);
    /**
     * {@code -Dlexsite.fuzz.seed=…} replays a run, and {@code -Dlexsite.fuzz.seed=random} draws a new seed (the nightly
     * run). By default a fixed seed: `mvn test` passes or fails on the code, never on the draw, since CI decides landing.
     */
    static final long SEED = seed(System.getProperty("lexsite.fuzz.seed"));

    /** The seed `mvn test` uses; it passed every property when it was set (2 December 2026). */
    private static final long FIXED_SEED = 7978318861440L;

    private static long seed(String given) {
        if (given == null || given.isBlank()) return FIXED_SEED;
        if (given.equals("random")) return System.nanoTime();
        return Long.parseLong(given.strip());
    }

    private Fuzz() {
    }

    /** The act's lines from {@code from}, {@code length} of them, with the mutations applied in order. */
    record Case(int from, int length, List<Mutation> mutations) {

        List<String> apply(List<String> act) {
            int start = Math.min(from, Math.max(0, act.size() - length));
            List<String> lines = act.subList(start, Math.min(act.size(), start + length));
            for (Mutation m : mutations) lines = m.apply(lines);
            return lines;
        }
    }

    static QuickTheory qt() {
        System.out.println("fuzzing with -Dlexsite.fuzz.seed=" + SEED + " -Dlexsite.fuzz.tries=" + TRIES);
        return QuickTheory.qt().withExamples(TRIES).withFixedSeed(SEED).withShrinkCycles(200);
    }

    static Gen<Case> cases(int actLines) {
        Gen<Integer> from = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(8, integers().between(0, actLines)),
                org.quicktheories.api.Pair.of(1, Generate.constant(0)),
                org.quicktheories.api.Pair.of(1, Generate.constant(actLines))));
        return from.zip(integers().between(40, 150), lists().of(mutation()).ofSizeBetween(1, 6), Case::new);
    }

    static Gen<Mutation> mutation() {
        Gen<Integer> at = integers().between(0, 10_000);
        return Generate.oneOf(
                at.map(Mutation.DeleteLine::new),
                at.map(Mutation.DuplicateLine::new),
                at.zip(at, Mutation.SwapLines::new),
                at.zip(Generate.enumValues(Mutation.Corruption.class), integers().between(0, 9), Mutation.CorruptNote::new),
                at.zip(at, hostileText(), Mutation.InsertText::new),
                at.zip(hostileText(), Mutation.InsertLine::new));
    }

    /** Odd Unicode, control characters, markers out of place, text that reads as citations, very long runs. */
    static Gen<String> hostileText() {
        return Generate.oneOf(
                Generate.pick(SPECIAL),
                strings().allPossible().ofLengthBetween(1, 12),
                strings().betweenCodePoints(0, 0x1F).ofLengthBetween(1, 4),
                integers().between(1_000, 200_000).zip(Generate.pick(UNITS), (n, unit) -> unit.repeat(n / unit.length())));
    }

    private static final List<String> SPECIAL = List.of(
            "\u0301", "e\u0301\u0302\u0303\u0304", "\u202E", "\u202B\u05E9\u05DC\u05D5\u05DD\u202C", "\u200F",
            "\u0645\u0631\u062D\u0628\u0627", "\uD83D\uDE00", "\uD835\uDD18\uD835\uDD2B", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "\uD800", "\uDC00", "\u0000", "\u0001", "\u0007", "\u001B[2K", "\t", "\r", "\n", "\r\n", "\u000B", "\u000C",
            "\u0085", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u200B", "\uFFFD", "\uFFFF",
            "(", ")", "((", "))", "()", "–", "—", "§", ":", "(1)", "(999)", "2.", "a)", "я)", "§ 3.", "§ 999a.",
            "Art. 9a.", "Art. 9999.", "Чл. 24и.", "Chapter Two", "CHAPTER ONE", "Глава втора", "Part One", "Section IV",
            "Additional provisions", "Transitional and final provisions",
            "The Act was adopted by the 38th National Assembly on 16 December 1998.",
            "(new – SG No. 1 of 2000)", "(repealed – SG No. 52 of 2025, in force from 30.06.2025)", "(title amended – SG No. 9 of 2009)",
            "(former text of Article 25 – SG No. 1 of 2000)", "(new – SG No. 99999999999999999999 of 2000)",
            "Article 24, paragraph 1, items 1–13", "Articles 24i, 24k and 33p", "paragraph (1)", "Article 9999999999",
            "Article 24, paragraph 99999999999, item 99999999999", "Articles 1 to 99999", "Articles 9 to 1",
            "Regulation (EU) 2017/2226", "Directive 2009/50/EC", "Regulation (EU) 2017/99999999999",
            "Council Regulation (EC) No 99999999999/2002", "Directive 99999999999/50/EC", "Article 3(2)(a)", "chl. 24и",
            "For the purposes of this Act:");

    /**
     * What long runs are made of. Not paragraph markers: a line of thousands of "(1)" is thousands of articles, and the
     * numbering alignment is quadratic in articles (docs/FUZZING.md, "Known limits").
     */
    private static final List<String> UNITS = List.of("word ", "(", ")", "1", "é", "a) ", "Article 5, ", "paragraph (1) ", "§", "–",
            "\u0301", ",", " ", "\t", "(SG ");

    /** A string as a Java literal, cut short when long, so a shrunk case can be read and pasted. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder("\"");
        String head = text.length() > 60 ? text.substring(0, 60) : text;
        for (char c : head.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') out.append(c);
            else out.append(String.format("\\u%04X", (int) c));
        }
        out.append('"');
        return text.length() > 60 ? out + "… (" + text.length() + " chars)" : out.toString();
    }
}
