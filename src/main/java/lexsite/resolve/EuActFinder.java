package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds EU acts named in provision text ("Regulation (EU) 2018/1240", "Council Regulation (EC) No 1030/2002",
 * "Directive 2014/36/EU") and gives each its CELEX number, from which EUR-Lex builds a stable address.
 */
public final class EuActFinder {

    /** An EU act named at {@code start..end} of a line. */
    public record EuAct(int start, int end, String celex) {
        public String eurLexUrl() {
            return "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex;
        }
    }

    private static final Pattern ACT = Pattern.compile(
            "(?:(?:Council|Commission)\\s+(?:Implementing\\s+|Delegated\\s+)?)?(Regulation|Directive|Decision)\\s*"
                    + "(?:\\((?:EU|EC|EEC|EU,\\s*Euratom)\\)\\s*((?:No\\.?|№)\\s*)?(\\d{1,4})/\\s?(\\d{1,4})"
                    + "|(\\d{4})/(\\d{1,4})/(?:EU|EC|EEC))(?![\\d/])");

    private EuActFinder() {
    }

    public static List<EuAct> find(String text) {
        List<EuAct> out = new ArrayList<>();
        Matcher m = ACT.matcher(text);
        while (m.find()) {
            int year;
            int number;
            if (m.group(5) != null) { // "Directive 2014/36/EU": year first
                year = Integer.parseInt(m.group(5));
                number = Integer.parseInt(m.group(6));
            } else if (m.group(2) != null || !looksLikeYear(m.group(3))) { // "(EC) No 1030/2002": number first
                number = Integer.parseInt(m.group(3));
                year = fullYear(Integer.parseInt(m.group(4)));
            } else { // "(EU) 2018/1240": year first, the style since 2015
                year = Integer.parseInt(m.group(3));
                number = Integer.parseInt(m.group(4));
            }
            out.add(new EuAct(m.start(), m.end(), String.format(java.util.Locale.ROOT, "3%04d%s%04d", year,
                    typeLetter(m.group(1)), number)));
        }
        return out;
    }

    private static boolean looksLikeYear(String digits) {
        int n = Integer.parseInt(digits);
        return digits.length() == 4 && n >= 1950 && n <= 2100;
    }

    private static int fullYear(int year) {
        if (year >= 1000) return year;
        return year >= 50 ? 1900 + year : 2000 + year;
    }

    private static String typeLetter(String type) {
        return switch (type) {
            case "Regulation" -> "R";
            case "Directive" -> "L";
            default -> "D";
        };
    }
}
