package lexsite.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lexsite.history.ProvisionChange;
import lexsite.history.VersionChanges;
import lexsite.model.Article;
import lexsite.model.NumberCertainty;
import lexsite.model.ProvisionNode;
import lexsite.resolve.ResolvedCitation;

/**
 * What an import tells the maintainer, on one screen: what the new text changed, which gazette issues its notes name
 * for the first time, citations that stopped resolving, pins that had to follow their article, numbers whose
 * confidence moved, and where the text and its notes disagree.
 */
final class ChangeReport {

    /** At most this many articles named on one line; the rest are counted. */
    private static final int NAMED = 8;

    private ChangeReport() {
    }

    /** @param shownFile the new text's path as the maintainer will find it in the project */
    static List<String> lines(VersionChanges changes, List<String> pinNotes, String shownFile) {
        List<String> out = new ArrayList<>();
        var older = changes.older().act().version();
        var newer = changes.newer().act().version();
        out.add("Against the version in force from " + older.effective() + " (" + older.gazette().label() + "), the text in force from "
                + newer.effective() + " (" + newer.gazette().label() + "):");
        out.add(String.format(Locale.ROOT, "  articles: %d amended, %d new, %d repealed, %d renumbered, %d no longer in the text, %d unchanged",
                changes.of(ProvisionChange.Kind.CHANGED).size(), changes.of(ProvisionChange.Kind.ADDED).size(),
                changes.of(ProvisionChange.Kind.REPEALED).size(), changes.of(ProvisionChange.Kind.RENUMBERED).size(),
                changes.of(ProvisionChange.Kind.REMOVED).size(), changes.of(ProvisionChange.Kind.SAME).size()));
        named(out, "amended", changes.of(ProvisionChange.Kind.CHANGED));
        named(out, "new", changes.of(ProvisionChange.Kind.ADDED));
        named(out, "repealed", changes.of(ProvisionChange.Kind.REPEALED));
        named(out, "renumbered", changes.of(ProvisionChange.Kind.RENUMBERED));
        named(out, "no longer in the text, with no note of a repeal", changes.of(ProvisionChange.Kind.REMOVED));
        out.add("  gazette issues named for the first time: " + (changes.newIssues().isEmpty() ? "none"
                : String.join(", ", changes.newIssues().stream().map(i -> i.label()).toList())));
        List<String> lost = unresolvedNow(changes, shownFile);
        out.add("  citations that no longer lead to an article: " + (lost.isEmpty() ? "none" : lost.size()));
        lost.stream().limit(NAMED).forEach(l -> out.add("    " + l));
        out.add("  pins: " + (pinNotes.isEmpty() ? "all still name their articles" : pinNotes.size() + " had to follow their articles:"));
        pinNotes.forEach(p -> out.add("    " + p));
        List<String> moved = confidenceMoved(changes);
        out.add("  numbers whose confidence changed: " + (moved.isEmpty() ? "none" : moved.size()));
        moved.stream().limit(NAMED).forEach(m -> out.add("    " + m));
        if (moved.size() > NAMED) out.add("    … and " + (moved.size() - NAMED) + " more (`lexsite check --numbers`)");
        out.add("  text and notes: " + (changes.mismatches().isEmpty() ? "agree" : changes.mismatches().size() + " disagreements (check the text):"));
        for (VersionChanges.NoteMismatch m : changes.mismatches()) {
            out.add("    " + shownFile + ":" + m.change().article().line() + ": "
                    + ProvisionNode.articleLabel(m.change().article()) + ": " + m.problem());
        }
        return out;
    }

    private static void named(List<String> out, String what, List<ProvisionChange> changes) {
        if (changes.isEmpty()) return;
        List<String> labels = changes.stream().limit(NAMED).map(c -> c.kind() == ProvisionChange.Kind.RENUMBERED
                ? c.before().label() + " → " + c.after().label() : c.article().label()).toList();
        out.add("    " + what + ": " + String.join(", ", labels) + (changes.size() > NAMED ? " … (" + changes.size() + " in all)" : ""));
    }

    /** Citations of the new text that lead nowhere, which the old text's did not. */
    private static List<String> unresolvedNow(VersionChanges changes, String shownFile) {
        java.util.Set<String> before = new java.util.HashSet<>();
        for (ResolvedCitation c : changes.older().citations()) if (!c.resolved() && !c.citation().isExternal()) before.add(c.text());
        List<String> out = new ArrayList<>();
        for (ResolvedCitation c : changes.newer().citations()) {
            if (c.resolved() || c.citation().isExternal() || before.contains(c.text())) continue;
            out.add(shownFile + ":" + c.line() + ": '" + c.text() + "' " + c.problem());
        }
        return out;
    }

    private static List<String> confidenceMoved(VersionChanges changes) {
        List<String> out = new ArrayList<>();
        for (ProvisionChange c : changes.changes()) {
            if (c.before() == null || c.after() == null) continue;
            NumberCertainty.Level was = level(c.before()), now = level(c.after());
            if (was != null && now != null && was != now) {
                out.add("Article " + c.after().label() + ": " + words(was) + " → " + words(now));
            }
        }
        return out;
    }

    private static NumberCertainty.Level level(Article a) {
        return a.certainty() == null ? null : a.certainty().level();
    }

    private static String words(NumberCertainty.Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
