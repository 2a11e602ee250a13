package lexsite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One citable node of an act (article, paragraph, item or letter) with the article holding it and the
 * label a reader cites it by: "Article 24i(1), item 2".
 */
public record ProvisionNode(String id, Article article, String label, Provenance provenance) {

    /** Every node of {@code article}, the article first, then its paragraphs, items and second wordings. */
    public static List<ProvisionNode> of(Article article) {
        List<ProvisionNode> out = new ArrayList<>();
        add(article, article, articleLabel(article), out);
        for (int i = 0; i < article.alternatives().size(); i++) {
            add(article.alternatives().get(i), article, articleLabel(article) + " (wording " + (i + 2) + ")", out);
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
