package lexsite.resolve.numbering;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.resolve.Citation;

/**
 * "Article 24, paragraph 1, item 17" fits an article only if it has that paragraph and item, or the source lost
 * that list. A citation of a whole article fits any, so it counts for little by its shape.
 */
final class CitedShape implements Evidence {

    private final List<Article> blocks;
    private final Citations citations;

    CitedShape(List<Article> blocks, Citations citations) {
        this.blocks = blocks;
        this.citations = citations;
    }

    @Override
    public double score(int block, ArticleNumber n) {
        double s = 0;
        for (int k : citations.to(n, block)) s += weight(blocks.get(block), citations.all.get(k).citation());
        return s;
    }

    static double weight(Article article, Citation c) {
        if (c.paragraphs().isEmpty() && c.items().isEmpty()) return Weights.WHOLE_ARTICLE;
        return fits(article, c) ? Weights.STRUCTURE_FITS : Weights.STRUCTURE_MISFITS;
    }

    /** Whether every cited paragraph and item exists in the article (a whole-article citation always fits). */
    static boolean fits(Article article, Citation c) {
        if (c.paragraphs().isEmpty() && c.items().isEmpty()) return !article.isRepealed();
        if (c.paragraphs().isEmpty()) {
            Paragraph only = article.paragraphs().isEmpty() ? null : article.paragraphs().get(0);
            return only != null && !only.isNumbered() && hasItems(only, c.items());
        }
        for (String number : c.paragraphs()) {
            Paragraph p = article.paragraphs().stream().filter(x -> number.equals(x.number())).findFirst().orElse(null);
            if (p == null || !hasItems(p, c.items())) return false;
        }
        return true;
    }

    private static boolean hasItems(Paragraph p, List<String> items) {
        if (items.isEmpty() || p.itemsMissing()) return true;
        Set<String> present = new HashSet<>();
        for (Item i : p.items()) present.add(i.number());
        return items.stream().allMatch(i -> present.contains(i) || !i.chars().allMatch(Character::isDigit));
    }
}
