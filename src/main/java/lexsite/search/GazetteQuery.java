package lexsite.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.model.GazetteIssue;

/** A State Gazette issue typed as a query: "SG 52/2025", "State Gazette No. 97 of 2016", "ДВ бр. 52 от 2025". */
final class GazetteQuery {

    private static final Pattern ISSUE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:SG|State\\s+Gazette|ДВ|Държавен\\s+вестник)\\s*,?\\s*(?:No\\.?|issue|бр\\.?)?\\s*"
                    + "(\\d{1,3})\\s*(?:/|of|от|,)\\s*(\\d{4})");

    private GazetteQuery() {
    }

    static Optional<GazetteIssue> parse(String query) {
        Matcher m = ISSUE.matcher(query);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(new GazetteIssue(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // issue 0 or an implausible year: not a gazette reference after all
        }
    }
}
