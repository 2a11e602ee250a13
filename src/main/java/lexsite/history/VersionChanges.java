package lexsite.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.ProvisionNode;
import lexsite.resolve.ActResolver;

/**
 * What a newer consolidated version of an act changed against an older one: every article paired through time
 * ({@link VersionAlignment}), the gazette issues the newer one's notes name that the older one's did not, and where
 * the text and the notes disagree: a provision whose words changed while no note names a new issue, or one whose
 * note names a new issue while its words stayed the same. Either is a finding for the maintainer.
 */
public record VersionChanges(ActResolver.Result older, ActResolver.Result newer, List<ProvisionChange> changes,
                             List<GazetteIssue> newIssues, List<NoteMismatch> mismatches) {

    /** A provision whose words and notes tell different stories. */
    public record NoteMismatch(ProvisionChange change, String problem) {
    }

    public VersionChanges {
        changes = List.copyOf(changes);
        newIssues = List.copyOf(newIssues);
        mismatches = List.copyOf(mismatches);
    }

    public static VersionChanges of(ActResolver.Result older, ActResolver.Result newer) {
        List<ProvisionChange> changes = VersionAlignment.of(older.act(), newer.act());
        Set<GazetteIssue> fresh = new TreeSet<>(newer.gazette().issues());
        fresh.removeAll(older.gazette().issues());
        List<NoteMismatch> mismatches = new ArrayList<>();
        for (ProvisionChange c : changes) {
            if (c.after() == null) continue;
            GazetteIssue named = namesOneOf(c.after(), fresh);
            if (c.kind().isChange() && named == null) {
                mismatches.add(new NoteMismatch(c, "its text changed, but no note names " + (fresh.isEmpty() ? "a new gazette issue"
                        : "any of " + labels(fresh))));
            } else if (!c.kind().isChange() && named != null) {
                mismatches.add(new NoteMismatch(c, "a note names " + named.label() + ", but its text is the same as before"));
            }
        }
        return new VersionChanges(older, newer, changes, List.copyOf(fresh), mismatches);
    }

    /** The articles whose text a reader sees changed. */
    public List<ProvisionChange> changed() {
        return changes.stream().filter(c -> c.kind().isChange()).toList();
    }

    public List<ProvisionChange> of(ProvisionChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static GazetteIssue namesOneOf(Article article, Set<GazetteIssue> issues) {
        for (ProvisionNode n : ProvisionNode.of(article)) {
            for (Amendment a : n.provenance().amendments()) if (a.issue() != null && issues.contains(a.issue())) return a.issue();
        }
        return null;
    }

    private static String labels(Set<GazetteIssue> issues) {
        return String.join(", ", issues.stream().map(GazetteIssue::label).toList());
    }
}
