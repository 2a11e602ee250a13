package lexsite.resolve.numbering;

import lexsite.model.ArticleNumber;

/** Every number skipped between two neighbours is an article the copy lost. */
final class SkippedNumbers implements Evidence {

    @Override
    public double step(int previousBlock, ArticleNumber previous, int block, ArticleNumber next) {
        return Math.max(0, skipped(previous, next)) * Weights.MISSING_NUMBER;
    }

    /** Articles missing between two neighbours; -1 where {@code next} cannot follow {@code previous}. */
    static int skipped(ArticleNumber previous, ArticleNumber next) {
        if (previous == null) return next.base() - 1 + next.suffix();
        if (next.compareTo(previous) <= 0) return -1;
        if (next.base() == previous.base()) return next.suffix() - previous.suffix() - 1;
        int wholeNumbers = next.base() - previous.base() - 1;
        return wholeNumbers + next.suffix(); // "25b" after "24m" skips 25 and 25a
    }
}
