package lexsite.resolve.numbering;

import java.util.List;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.GazetteIssue;

/**
 * Articles one amending act inserted side by side take consecutive numbers of one kind: 49a, 49b, 49c when they
 * went in between two articles, or 54, 55, 56 when they were appended at the end. A numbering that keeps such a
 * run going gains; one that breaks it neither gains nor loses.
 */
final class SameAmendingAct implements Evidence {

    private final GazetteIssue[] insertedBy;

    SameAmendingAct(List<Article> blocks) {
        insertedBy = new GazetteIssue[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) insertedBy[i] = Origins.insertedBy(blocks.get(i));
    }

    @Override
    public double step(int previousBlock, ArticleNumber previous, int block, ArticleNumber next) {
        if (previous == null || previousBlock < 0 || insertedBy[block] == null || !insertedBy[block].equals(insertedBy[previousBlock])) return 0;
        boolean sameKind = previous.isInserted()
                ? next.base() == previous.base() && next.suffix() == previous.suffix() + 1
                : !next.isInserted() && next.base() == previous.base() + 1;
        return sameKind ? Weights.SAME_ACT_RUN : 0;
    }
}
