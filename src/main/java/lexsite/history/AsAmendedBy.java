package lexsite.history;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.ProvisionNode;
import lexsite.resolve.ActResolver;

/**
 * The act as it stood once a gazette issue had amended it, for issues older than the earliest text we hold. The
 * notes still say which articles had been inserted and which repealed by then; they do not give the words of the
 * day. So each article is listed with what can be said of it, and a wording is never offered for a time it did not
 * hold: where a later issue changed an article, its wording after the given issue is not in our sources.
 */
public final class AsAmendedBy {

    /** What can be said of one article as the act stood after the issue. */
    public enum Standing {
        /** In force then, and no later issue changed it: its words were those of the earliest text we hold. */
        SAME_WORDING,
        /** In force then, but a later issue changed it: its words then are not in our sources. */
        WORDING_NOT_HELD,
        /** Repealed by then. */
        REPEALED
    }

    /**
     * @param article  the article as in the earliest text we hold
     * @param standing what can be said of it then
     * @param changedBy the later issues that changed it (for {@code WORDING_NOT_HELD})
     */
    public record Entry(Article article, Standing standing, List<GazetteIssue> changedBy) {
    }

    private AsAmendedBy() {
    }

    /** Every article of {@code earliest} that existed once {@code issue} had amended the act, with its standing. */
    public static List<Entry> of(ActResolver.Result earliest, GazetteIssue issue) {
        List<Entry> out = new ArrayList<>();
        for (Article a : earliest.act().provisions()) {
            Boolean inForce = inForceAfter(a, issue);
            if (inForce == null) continue; // not yet inserted
            List<GazetteIssue> later = new ArrayList<>();
            for (ProvisionNode n : ProvisionNode.of(a)) {
                for (Amendment m : n.provenance().amendments()) {
                    if (m.issue() != null && m.issue().compareTo(issue) > 0 && m.kind().changesText() && !later.contains(m.issue())) later.add(m.issue());
                }
            }
            later.sort(null);
            Standing standing = !inForce ? Standing.REPEALED : later.isEmpty() ? Standing.SAME_WORDING : Standing.WORDING_NOT_HELD;
            out.add(new Entry(a, standing, later));
        }
        return out;
    }

    /**
     * Whether the article was in force once {@code issue} had amended the act: its note's entries up to that issue,
     * in order ("new – 2001; repealed – 2016; new – 2025"); null where it did not exist yet.
     */
    static Boolean inForceAfter(Article a, GazetteIssue issue) {
        List<Amendment> entries = a.provenance().amendments();
        // an article whose note does not open with "new –" was there from the start (even if later repealed and
        // enacted again under its number: "repealed – 2001; new – 2025")
        boolean original = entries.isEmpty() || entries.get(0).kind() != AmendmentKind.NEW;
        Boolean state = original ? Boolean.TRUE : null;
        for (Amendment m : entries) {
            if (m.issue() == null || m.issue().compareTo(issue) > 0) continue;
            if (m.kind() == AmendmentKind.NEW) state = Boolean.TRUE;
            else if (m.kind() == AmendmentKind.REPEALED) state = Boolean.FALSE;
        }
        return state;
    }
}
