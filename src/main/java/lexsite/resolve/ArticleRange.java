package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.ArticleNumber;

/** Expands a cited range of articles, "24a–24g" or "33–35", into its numbers. */
final class ArticleRange {

    private ArticleRange() {
    }

    static List<ArticleNumber> expand(ArticleNumber from, ArticleNumber to) {
        List<ArticleNumber> numbers = new ArrayList<>();
        if (to.compareTo(from) < 0) return List.of(from, to);
        if (from.base() == to.base()) {
            for (int s = from.suffix(); s <= to.suffix(); s++) numbers.add(new ArticleNumber(from.base(), s));
        } else if (from.suffix() == 0 && to.suffix() == 0 && to.base() - from.base() < 50) {
            for (int b = from.base(); b <= to.base(); b++) numbers.add(ArticleNumber.of(b));
        } else {
            // "24a–25b" spans letters we cannot enumerate without knowing which exist: keep the ends.
            numbers.add(from);
            numbers.add(to);
        }
        return numbers;
    }
}
