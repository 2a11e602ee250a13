package lexsite.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.ProvisionNode;

/** "Cited by": for each article, the nodes of other provisions whose text cites it, in source order. */
public record Backlinks(Map<String, List<ProvisionNode>> byArticleId) {

    public Backlinks {
        byArticleId = Collections.unmodifiableMap(new LinkedHashMap<>(byArticleId));
    }

    public static Backlinks of(Act act, List<ResolvedCitation> citations) {
        Map<String, ProvisionNode> nodes = new LinkedHashMap<>();
        Map<String, Article> articleOf = new LinkedHashMap<>();
        for (ProvisionNode n : act.nodes()) {
            nodes.put(n.id(), n);
            articleOf.put(n.id(), n.article());
        }
        Map<String, List<ProvisionNode>> out = new LinkedHashMap<>();
        for (ResolvedCitation c : citations) {
            if (!c.resolved() || c.citation().isRelative()) continue;
            Article target = articleOf.get(c.targetId());
            ProvisionNode from = nearestNode(nodes, c.fromId());
            if (target == null || from == null || from.article() == target) continue;
            List<ProvisionNode> list = out.computeIfAbsent(target.id(), k -> new ArrayList<>());
            if (!list.contains(from)) list.add(from);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new Backlinks(out);
    }

    /** An article's unnumbered text ("art_4__content") is cited as the article itself. */
    private static ProvisionNode nearestNode(Map<String, ProvisionNode> nodes, String id) {
        ProvisionNode n = nodes.get(id);
        return n != null ? n : nodes.get(id.replaceFirst("__content$", ""));
    }

    public List<ProvisionNode> of(Article article) {
        return byArticleId.getOrDefault(article.id(), List.of());
    }
}
