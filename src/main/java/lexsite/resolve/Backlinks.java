package lexsite.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Article;
import lexsite.model.ProvisionNode;

/** "Cited by": for each article, the nodes of other provisions whose text cites it, in source order. */
public record Backlinks(Map<String, List<ProvisionNode>> byArticleId) implements java.io.Serializable {

    public Backlinks {
        byArticleId = Collections.unmodifiableMap(new LinkedHashMap<>(byArticleId));
    }

    /** @param nodes every node of the act by id, as {@link ProvisionNode#byId} gives them */
    public static Backlinks of(Map<String, ProvisionNode> nodes, List<ResolvedCitation> citations) {
        Map<String, List<ProvisionNode>> out = new LinkedHashMap<>();
        for (ResolvedCitation c : citations) {
            if (!c.resolved() || c.citation().isRelative()) continue;
            ProvisionNode target = nodes.get(c.targetId());
            ProvisionNode from = nodes.get(c.fromId());
            if (target == null || from == null || from.article() == target.article()) continue;
            List<ProvisionNode> list = out.computeIfAbsent(target.article().id(), k -> new ArrayList<>());
            if (!list.contains(from)) list.add(from);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new Backlinks(out);
    }

    public List<ProvisionNode> of(Article article) {
        return byArticleId.getOrDefault(article.id(), List.of());
    }
}
