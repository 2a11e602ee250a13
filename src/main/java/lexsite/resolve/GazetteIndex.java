package lexsite.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexsite.model.Act;
import lexsite.model.Amendment;
import lexsite.model.Division;
import lexsite.model.GazetteIssue;
import lexsite.model.ProvisionNode;

/**
 * Which provisions each State Gazette issue touched, read from the amendment notes. The issue pages, the
 * timeline and the Atom feed are drawn from it; nothing in it is typed in by hand.
 */
public record GazetteIndex(Map<GazetteIssue, List<Change>> byIssue) implements java.io.Serializable {

    /**
     * One thing an issue did to one node.
     *
     * @param node     the node; for a division heading, null
     * @param division the division whose heading note it is; null for provisions
     */
    public record Change(ProvisionNode node, Division division, Amendment amendment) implements java.io.Serializable {
    }

    public GazetteIndex {
        byIssue = Collections.unmodifiableMap(new TreeMap<>(byIssue));
    }

    public static GazetteIndex of(Act act) {
        Map<GazetteIssue, List<Change>> out = new TreeMap<>();
        for (Division d : act.body()) addDivision(d, out);
        for (ProvisionNode node : act.nodes()) {
            for (Amendment a : node.provenance().amendments()) {
                if (a.issue() != null) out.computeIfAbsent(a.issue(), i -> new ArrayList<>()).add(new Change(node, null, a));
            }
        }
        out.replaceAll((issue, changes) -> List.copyOf(changes));
        return new GazetteIndex(out);
    }

    private static void addDivision(Division d, Map<GazetteIssue, List<Change>> out) {
        for (Amendment a : d.provenance().amendments()) {
            if (a.issue() != null) out.computeIfAbsent(a.issue(), i -> new ArrayList<>()).add(new Change(null, d, a));
        }
        d.children().forEach(c -> addDivision(c, out));
    }

    public List<GazetteIssue> issues() {
        return List.copyOf(byIssue.keySet());
    }

    public List<Change> changes(GazetteIssue issue) {
        return byIssue.getOrDefault(issue, List.of());
    }

    /** The distinct articles an issue touched, in source order. */
    public List<lexsite.model.Article> articles(GazetteIssue issue) {
        return changes(issue).stream().filter(c -> c.node() != null).map(c -> c.node().article()).distinct().toList();
    }
}
