package lexsite.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One citable node of an act (article, paragraph, item or letter) with the article holding it and the
 * label a reader cites it by: "Article 24i(1), item 2".
 */
public record ProvisionNode(String id, Article article, String label, Provenance provenance) implements java.io.Serializable {

    /** Every node of {@code article}, the article first, then its paragraphs, items and second wordings. */
    public static List<ProvisionNode> of(Article article) {
        List<ProvisionNode> out = new ArrayList<>();
        add(article, article, articleLabel(article), out);
        for (int i = 0; i < article.alternatives().size(); i++) {
            add(article.alternatives().get(i), article, articleLabel(article) + " (wording " + (i + 2) + ")", out);
        }
        return out;
    }

    /**
     * Every node of the act by id. An article's unnumbered text ({@code art_4__content}) is no node of its own: it
     * is cited as, and found under, the article (or second wording) holding it.
     */
    public static Map<String, ProvisionNode> byId(Act act) {
        Map<String, ProvisionNode> out = new LinkedHashMap<>();
        for (Article a : act.provisions()) {
            for (ProvisionNode n : of(a)) out.put(n.id(), n);
            List<Article> wordings = new ArrayList<>(List.of(a));
            wordings.addAll(a.alternatives());
            for (Article wording : wordings) {
                for (Paragraph p : wording.paragraphs()) out.putIfAbsent(p.id(), out.get(wording.id()));
            }
        }
        return out;
    }

    /** "Article 9e" for an article, "§ 3" for a supplementary provision. */
    public static String articleLabel(Article article) {
        return article.kind() == ProvisionKind.ARTICLE ? "Article " + article.label() : article.label();
    }

    private static void add(Article wording, Article owner, String label, List<ProvisionNode> out) {
        out.add(new ProvisionNode(wording.id(), owner, label, wording.provenance()));
        for (Paragraph p : wording.paragraphs()) {
            String paragraphLabel = p.isNumbered() ? label + "(" + p.number() + ")" : label;
            if (p.isNumbered() || !p.provenance().isEmpty()) out.add(new ProvisionNode(p.id(), owner, paragraphLabel, p.provenance()));
            for (Item i : p.items()) addItem(i, owner, paragraphLabel + ", item ", out);
        }
    }

    private static void addItem(Item item, Article owner, String prefix, List<ProvisionNode> out) {
        String label = prefix + item.number();
        out.add(new ProvisionNode(item.id(), owner, label, item.provenance()));
        for (Item sub : item.subItems()) addItem(sub, owner, label + ", letter ", out);
    }
}
