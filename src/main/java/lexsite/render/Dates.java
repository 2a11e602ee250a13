package lexsite.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them: "30 June 2025". */
public final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public static String format(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }
}
