package lexsite.resolve.numbering;

import java.util.List;
import lexsite.model.ArticleNumber;

/**
 * One kind of evidence about the numbers the source lost, in the manner of a Lucene token filter: each class
 * has one job, and {@link ArticleNumbering} composes them. Scores are added, so they are log-odds: positive
 * speaks for a reading, negative against it, zero is silence. Every weight lives in {@link Weights}.
 */
interface Evidence {

    /** What the block at {@code block} says about taking {@code number}. */
    default double score(int block, ArticleNumber number) {
        return 0;
    }

    /**
     * What going from {@code previous} at {@code previousBlock} to {@code next} at {@code block} says;
     * {@code previous} is null before the first article.
     */
    default double step(int previousBlock, ArticleNumber previous, int block, ArticleNumber next) {
        return 0;
    }

    /** What ending the act on {@code last} at {@code lastBlock} says: numbers after it are never taken. */
    default double end(int lastBlock, ArticleNumber last) {
        return 0;
    }

    /** The findings behind a block's number, in plain words, for the confidence shown to readers. */
    default List<Finding> findings(int block, ArticleNumber number) {
        return List.of();
    }
}
