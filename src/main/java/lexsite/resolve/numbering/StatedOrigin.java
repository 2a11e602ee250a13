package lexsite.resolve.numbering;

import java.util.List;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;

/**
 * What an article's note says of its origin. "New –" first means it was inserted after adoption, so it takes a
 * letter, unless nothing older follows it (articles appended at the end take the next whole number). Any other
 * first entry ("amended –", "repealed –") means it was there from the start, so it has a whole number.
 */
final class StatedOrigin implements Evidence {

    private final List<Article> blocks;
    private final boolean[] appendedAtEnd;

    StatedOrigin(List<Article> blocks) {
        this.blocks = blocks;
        appendedAtEnd = new boolean[blocks.size()];
        boolean allNewAfter = true;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            allNewAfter &= Origins.of(blocks.get(i)).startsAsNew();
            appendedAtEnd[i] = allNewAfter;
        }
    }

    @Override
    public double score(int block, ArticleNumber n) {
        Article article = blocks.get(block);
        boolean inserted = Origins.of(article).startsAsNew();
        if (inserted && !n.isInserted() && !appendedAtEnd[block]) return Weights.INSERTED_AS_WHOLE;
        if (!inserted && n.isInserted()) return statesOrigin(article) ? Weights.ORIGINAL_AS_LETTER : Weights.UNSTATED_AS_LETTER;
        return 0;
    }

    /**
     * Whether a note says the article was there from the start: it begins "amended –", "repealed –" and the like. A
     * note that only says "last amended – …" does not, and neither does no note at all: a copy loses notes, and a
     * line it runs on into the article before has none.
     */
    private static boolean statesOrigin(Article article) {
        List<Amendment> amendments = Origins.of(article).amendments();
        return !amendments.isEmpty() && amendments.get(0).kind() != AmendmentKind.LAST_AMENDED;
    }
}
