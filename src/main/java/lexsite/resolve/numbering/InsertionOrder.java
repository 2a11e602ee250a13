package lexsite.resolve.numbering;

import java.util.List;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.GazetteIssue;

/**
 * Letters are given in the order articles are inserted: 24a (2001) comes before 24b (2007). A lettered article
 * whose note says it was inserted years before the lettered article just ahead of it contradicts that. (A later
 * amendment may re-enact an article under an old letter, so this speaks only where both notes start "new –".)
 */
final class InsertionOrder implements Evidence {

    private final int[] insertedIn;

    InsertionOrder(List<Article> blocks) {
        insertedIn = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            GazetteIssue issue = Origins.insertedBy(blocks.get(i));
            insertedIn[i] = issue == null ? 0 : issue.year();
        }
    }

    @Override
    public double step(int previousBlock, ArticleNumber previous, int block, ArticleNumber next) {
        if (previous == null || previousBlock < 0 || !previous.isInserted() || !next.isInserted()
                || previous.base() != next.base()) return 0;
        int before = insertedIn[previousBlock], now = insertedIn[block];
        return before > 0 && now > 0 && now < before ? Weights.LETTER_OUT_OF_ORDER : 0;
    }
}
