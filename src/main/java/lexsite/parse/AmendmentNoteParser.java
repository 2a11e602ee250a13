package lexsite.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.GazetteIssue;
import lexsite.model.Provenance;

/**
 * Reads amendment notes such as {@code (new – SG No. 42 of 2001; repealed – SG No. 33 of 2016, in force from
 * 21.05.2016)} into {@link Amendment} records. A note is a bracketed list of entries separated by ";"; each entry
 * starts with a kind phrase ("new", "amended and supplemented", "former paragraph 2", …) followed by a dash or
 * comma, one or more gazette issues and an optional effective date.
 */
public final class AmendmentNoteParser {

    /** One entry the parser could not read, with why. */
    public record Unreadable(String entry, String reason) {}

    /** The parsed note: provenance plus any entries that could not be read. */
    public record Result(Provenance provenance, List<Unreadable> unreadable) {}

    // The translation mixes en dash, em dash and hyphen between kind and issue.
    private static final String DASH = "[–—‒−‑-]";
    private static final String SEP = "(?:\\s*" + DASH + "\\s*|\\s*,\\s*|\\s*$)";
    // "former paragraph 2", "former text of Article 60", "previous Article 42a": a structural unit and its number.
    private static final String UNIT =
            "((?:text of )?(?:Article|Art\\.|paragraph|para\\.|item|point|letter|subparagraph|sentence)\\s+[\\w.]+?)";

    /** Kind phrases, longest first so "amended and supplemented" wins over "amended". */
    private record KindPhrase(Pattern pattern, AmendmentKind kind, boolean needsIssue) {
        KindPhrase(String regex, AmendmentKind kind, boolean needsIssue) {
            this(Pattern.compile("^" + regex, Pattern.CASE_INSENSITIVE), kind, needsIssue);
        }
    }

    // needsIssue=false: the bare phrase is a complete statement ("Amended and supplemented; last amended – …").
    private static final List<KindPhrase> KINDS = List.of(
            new KindPhrase("amendment concerning entry into force" + SEP, AmendmentKind.ENTRY_INTO_FORCE_AMENDED, true),
            new KindPhrase("current version since\\s+", AmendmentKind.CURRENT_VERSION, true),
            new KindPhrase("(?:amended and supplemented|supplemented and amended)" + SEP,
                    AmendmentKind.AMENDED_AND_SUPPLEMENTED, false),
            new KindPhrase("title amended" + SEP, AmendmentKind.TITLE_AMENDED, false),
            new KindPhrase("last amended" + SEP, AmendmentKind.LAST_AMENDED, true),
            new KindPhrase("amended" + SEP, AmendmentKind.AMENDED, false),
            new KindPhrase("supplemented" + SEP, AmendmentKind.SUPPLEMENTED, false),
            new KindPhrase("new" + SEP, AmendmentKind.NEW, false),
            new KindPhrase("repealed" + SEP, AmendmentKind.REPEALED, false),
            new KindPhrase("renumbered" + SEP, AmendmentKind.RENUMBERED, false),
            new KindPhrase("former " + UNIT + SEP, AmendmentKind.FORMER, false),
            new KindPhrase("previous(?:ly)? " + UNIT + SEP, AmendmentKind.PREVIOUSLY_NUMBERED, false));

    /** Whole-entry phrases that name no issue at all. */
    private static final Pattern NO_LATER = Pattern.compile(
            "^(?:last amended\\s*" + DASH + "\\s*none after adoption|no subsequent amendments?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTIPLE = Pattern.compile(
            "^(?:amended|supplemented|amended and supplemented|supplemented and amended) multiple times$",
            Pattern.CASE_INSENSITIVE);
    /** "second sentence effective from 01.06.2011": a short subject (at most four words) with its own date. */
    private static final Pattern PARTIAL = Pattern.compile(
            "^([a-z]+(?: [a-z0-9]+){0,3})\\s+(?:effective|in force)\\s+(?:as of|from)\\s+(\\S+)$",
            Pattern.CASE_INSENSITIVE);

    // "effective 31.02.2024" without "from" is still a date, so an impossible one is named as such.
    // Searched with find(): the run of separators is tried from its start only and taken whole (possessive), or
    // a long run of commas in a garbled note costs time quadratic in its length.
    private static final Pattern EFFECTIVE = Pattern.compile(
            "(?<![,\\s])[,\\s]*+" + WordStart.REGEX + "(?:effective|in force)\\s+(?:(?:as of|from|since)\\s+)?(\\S+?)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    // "State Gazette No. 29 of 2007", "SG No. 42/2001", "SG 29/07"; an optional day and month before the year.
    private static final Pattern ISSUE = Pattern.compile(
            "(?:State\\s+Gazette|SG)\\s*(?:Issue\\s+)?(?:No\\.?\\s*)?(\\d+)\\s*"
                    + "(?:of\\s+(?:\\d{1,2}\\s+[a-z]+\\s+)?|/\\s*)(\\d{4}|\\d{2})",
            Pattern.CASE_INSENSITIVE);
    // The Foreigners Act has "State Gazette No. 23 of 2013 ()": empty brackets left where a footnote was lost.
    // These two are searched through a note (replaceAll, split): each may start only where a run of whitespace
    // starts, or a long run in a garbled note is retried from every character of it, quadratic (ActFuzzTest).
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("(?<!\\s)\\s*+\\(\\s*\\)");
    private static final Pattern ISSUE_LIST_SEP = Pattern.compile("(?<!\\s)\\s*+,\\s*|(?<!\\s)\\s++and\\s+");
    /** Something only a note would mention; keeps "(new)" or "(amended)" in prose from passing as a note. */
    private static final Pattern EVIDENCE = Pattern.compile(
            WordStart.REGEX + "(?:State\\s+Gaz|SG\\b)|\\d{1,2}\\.\\d{1,2}\\.\\d{4}", Pattern.CASE_INSENSITIVE);
    private static final Set<AmendmentKind> SELF_EVIDENT = Set.of(AmendmentKind.NO_LATER_AMENDMENT,
            AmendmentKind.AMENDED_MULTIPLE_TIMES, AmendmentKind.FORMER, AmendmentKind.PREVIOUSLY_NUMBERED);

    private AmendmentNoteParser() {}

    /** True when {@code text} (already stripped) is a whole amendment note. */
    public static boolean isNote(String text) {
        return text != null && text.startsWith("(") && closingBracket(text) == text.length() - 1
                && looksLikeNote(text.substring(1, text.length() - 1));
    }

    /**
     * True when {@code rest}, the text after an opening bracket that is never closed on its line, reads as the start
     * of an amendment note: "(amended – SG No. 29 of 2007 A single permit…" lost its ")".
     */
    public static boolean startsUnclosedNote(String rest) {
        String head = rest.length() > 200 ? rest.substring(0, 200) : rest;
        return looksLikeNote(head) || looksLikeNote(head.replaceFirst("(?<=\\d{4})\\s.*$", ""));
    }

    /** Length of the note {@code text} starts with, closing bracket included; -1 if it starts with none. */
    public static int noteLength(String text) {
        if (text == null || !text.startsWith("(")) return -1;
        int close = closingBracket(text);
        return close > 0 && looksLikeNote(text.substring(1, close)) ? close + 1 : -1;
    }

    /** Parses a whole note found at {@code line}. Never throws; unreadable entries are listed in the result. */
    public static Result parse(String note, int line) {
        String raw = note == null ? "" : note;
        String content = raw.strip();
        if (content.startsWith("(") && closingBracket(content) == content.length() - 1) {
            content = content.substring(1, content.length() - 1);
        }
        List<Amendment> amendments = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (String entry : entries(content)) {
            Reading reading = read(entry);
            if (reading.problem() == null) amendments.addAll(reading.amendments());
            else unreadable.add(new Unreadable(entry, reading.problem()));
        }
        return new Result(new Provenance(raw, line, amendments), List.copyOf(unreadable));
    }

    /** What one entry says: the amendments, or a problem; kind is null when no kind phrase was recognised. */
    private record Reading(AmendmentKind kind, List<Amendment> amendments, String problem) {
        static Reading ok(AmendmentKind kind, List<Amendment> amendments) {
            return new Reading(kind, amendments, null);
        }

        static Reading bad(AmendmentKind kind, String problem) {
            return new Reading(kind, List.of(), problem);
        }
    }

    private static boolean looksLikeNote(String content) {
        List<String> entries = entries(content);
        if (entries.isEmpty()) return false;
        boolean evident = EVIDENCE.matcher(content).find();
        for (String entry : entries) {
            AmendmentKind kind = read(entry).kind();
            if (kind == null) return false;
            evident |= SELF_EVIDENT.contains(kind);
        }
        return evident;
    }

    private static Reading read(String entry) {
        try {
            return readEntry(entry);
        } catch (RuntimeException e) { // a safety net: odd input must not break a whole build
            return Reading.bad(null, "internal error: " + e);
        }
    }

    private static Reading readEntry(String entry) {
        if (entry.isEmpty()) return Reading.bad(null, "empty entry");
        if (NO_LATER.matcher(entry).matches()) return single(AmendmentKind.NO_LATER_AMENDMENT, null, null, null, entry);
        if (MULTIPLE.matcher(entry).matches()) return single(AmendmentKind.AMENDED_MULTIPLE_TIMES, null, null, null, entry);
        for (KindPhrase phrase : KINDS) {
            Matcher m = phrase.pattern().matcher(entry);
            if (m.find()) {
                String detail = m.groupCount() >= 1 ? m.group(1) : null;
                return readRest(phrase, detail, entry.substring(m.end()).strip(), entry);
            }
        }
        Matcher partial = PARTIAL.matcher(entry);
        if (partial.matches()) {
            AmendmentKind kind = AmendmentKind.PARTIAL_EFFECT;
            String dateText = partial.group(2).replaceAll("\\.$", "");
            LocalDate date;
            try {
                date = date(dateText);
            } catch (IllegalArgumentException e) {
                return Reading.bad(kind, e.getMessage());
            }
            return single(kind, null, date, partial.group(1), entry);
        }
        return Reading.bad(null, "unknown kind");
    }

    /** Reads what follows the kind phrase: issues, then an optional effective date. */
    private static Reading readRest(KindPhrase phrase, String detail, String rest, String entry) {
        AmendmentKind kind = phrase.kind();
        rest = EMPTY_BRACKETS.matcher(rest).replaceAll("").strip();
        LocalDate effective = null;
        Matcher eff = EFFECTIVE.matcher(rest);
        if (eff.find()) {
            try {
                effective = date(eff.group(1));
            } catch (IllegalArgumentException e) {
                return Reading.bad(kind, e.getMessage());
            }
            rest = rest.substring(0, eff.start()).strip();
        }
        if (rest.isEmpty()) {
            return phrase.needsIssue() ? Reading.bad(kind, "no gazette issue given")
                    : single(kind, null, effective, detail, entry);
        }
        List<Amendment> amendments = new ArrayList<>();
        for (String part : ISSUE_LIST_SEP.split(rest)) {
            Matcher m = ISSUE.matcher(part);
            if (!m.matches()) return Reading.bad(kind, "no readable gazette issue in '" + part + "'");
            int number = Integer.parseInt(m.group(1));
            int year = year(m.group(2));
            if (year < 0) return Reading.bad(kind, "ambiguous two-digit year in '" + part + "'");
            GazetteIssue issue;
            try {
                issue = new GazetteIssue(number, year);
            } catch (IllegalArgumentException e) {
                return Reading.bad(kind, e.getMessage());
            }
            amendments.add(new Amendment(kind, issue, effective, detail, entry));
        }
        return Reading.ok(kind, amendments);
    }

    private static Reading single(AmendmentKind kind, GazetteIssue issue, LocalDate effective, String detail,
                                  String entry) {
        return Reading.ok(kind, List.of(new Amendment(kind, issue, effective, detail, entry)));
    }

    /** dd.mm.yyyy; throws IllegalArgumentException with a readable reason. */
    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("unreadable date '" + text + "'");
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date '" + text + "'");
        }
    }

    /** Older notes write "SG 29/07": 97–99 are 1997–1999, 00–49 are 2000–2049; other two-digit years give -1. */
    private static int year(String text) {
        int y = Integer.parseInt(text);
        if (text.length() == 4) return y;
        if (y >= 97) return 1900 + y;
        return y <= 49 ? 2000 + y : -1;
    }

    /** Splits at ";" outside nested brackets; entries are stripped. */
    private static List<String> entries(String content) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == ';' && depth == 0) {
                out.add(content.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(content.substring(start).strip());
        return out;
    }

    /** Index of the bracket closing the one at index 0, or -1 when unbalanced. */
    private static int closingBracket(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }
}
