package lexsite.resolve;

import java.util.TreeSet;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Act;
import lexsite.model.GazetteIssue;

/**
 * A note that names a gazette issue from before the act was promulgated, or after the issue the text is
 * consolidated to, cites an issue the act's history does not know: most often a mistyped number or year. The
 * site still builds (the note is shown as written) but the issue gets a page of its own, so it is a warning.
 */
final class GazetteChecker {

    private GazetteChecker() {
    }

    static void check(Act act, GazetteIndex index, String textFile, Diagnostics diagnostics) {
        GazetteIssue first = act.manifest().promulgation();
        GazetteIssue last = act.version().gazette();
        for (GazetteIssue issue : index.issues()) {
            if (issue.compareTo(first) >= 0 && issue.compareTo(last) <= 0) continue;
            TreeSet<Integer> lines = new TreeSet<>();
            for (GazetteIndex.Change c : index.changes(issue)) {
                lines.add(c.node() != null ? c.node().provenance().line() : c.division().provenance().line());
            }
            for (int line : lines) {
                diagnostics.warning(textFile, line, "gazette-unknown", "the note cites " + issue + ", which is "
                        + (issue.compareTo(first) < 0 ? "older than the act (promulgated in " + first + ")"
                        : "newer than the issue this text is consolidated to (" + last + ")") + ": check its number and year");
            }
        }
    }
}
