package lexsite.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.load.SourceText;
import lexsite.model.GazetteIssue;

/**
 * The date a gazette issue was published, as a consolidated text's own opening states it ("promulgated in State
 * Gazette No. 52 of 27 June 2025"), so the importer need not be told, and never guesses.
 */
final class GazetteDate {

    private static final Pattern STATED = Pattern.compile(
            "State Gazette No\\.?\\s*(\\d{1,4})\\s+of\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** The opening that may state it, before the articles start. */
    private static final int OPENING = 60;

    private GazetteDate() {
    }

    static Optional<LocalDate> in(SourceText text, GazetteIssue issue) {
        for (int i = 0; i < Math.min(OPENING, text.size()); i++) {
            Matcher m = STATED.matcher(text.lines().get(i));
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) != issue.number() || !m.group(2).endsWith(Integer.toString(issue.year()))) continue;
                try {
                    return Optional.of(LocalDate.parse(m.group(2).replaceAll("\\s+", " "), DAY_MONTH_YEAR));
                } catch (DateTimeParseException e) {
                    // not a date after all ("of 31 Juno 2025"): read on
                }
            }
        }
        return Optional.empty();
    }
}
