package lexsite.resolve.numbering;

import lexsite.model.ArticleNumber;

/**
 * A chapter or section of the original act opens with an original article, so with a whole number: an article
 * inserted at its head would take the letter of the last article of the chapter before, which drafters avoid. A
 * division whose own note says it is new may open with a lettered article, and is not counted here.
 */
final class DivisionStart implements Evidence {

    private final boolean[] opensOriginalDivision;

    DivisionStart(boolean[] opensOriginalDivision) {
        this.opensOriginalDivision = opensOriginalDivision;
    }

    @Override
    public double score(int block, ArticleNumber n) {
        return opensOriginalDivision[block] && n.isInserted() ? Weights.DIVISION_OPENS_WITH_LETTER : 0;
    }
}
