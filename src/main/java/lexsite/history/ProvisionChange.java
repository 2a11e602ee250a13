package lexsite.history;

import java.util.List;
import lexsite.compare.WordDiff;
import lexsite.model.Article;

/**
 * What happened to one article between two versions of an act.
 *
 * @param kind   what happened
 * @param before the article in the older version; null where it was added
 * @param after  the article in the newer version; null where it was removed without a trace
 * @param diff   the words, compared; empty where either side is missing
 */
public record ProvisionChange(Kind kind, Article before, Article after, List<WordDiff.Run> diff) {

    public enum Kind {
        /** In both versions, word for word. */
        SAME,
        /** In both versions under one number, in other words. */
        CHANGED,
        /** In force in the older version, repealed in the newer. */
        REPEALED,
        /** Under another number in the newer version (its note says so, or its words are nearly the same). */
        RENUMBERED,
        /** Only in the newer version. */
        ADDED,
        /** Only in the older version: the newer one neither has it nor records its repeal. */
        REMOVED;

        /** Whether the text a reader sees is different. */
        public boolean isChange() {
            return this != SAME;
        }
    }

    public ProvisionChange {
        diff = List.copyOf(diff);
    }

    /** The article as a reader finds it in the newer version, or in the older one where it is gone. */
    public Article article() {
        return after != null ? after : before;
    }

    /** The article's id in the newer version where it has one, else in the older. */
    public String id() {
        return article().id();
    }
}
