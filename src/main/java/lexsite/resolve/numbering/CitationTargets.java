package lexsite.resolve.numbering;

import java.util.Arrays;
import java.util.TreeMap;
import lexsite.model.ArticleNumber;

/**
 * Every citation of an article of the act should lead to one. A numbering that passes over a cited number, so
 * that no article takes it, pays for each citation left with nowhere to go: either a number is wrong somewhere
 * or the copy lost the article, and losing articles is rare. The cost falls on the step that passes the number
 * over, not as a gain where it is taken, so a numbering cannot rush ahead to a much-cited number and collect its
 * citations before the ones it skipped are counted.
 */
final class CitationTargets implements Evidence {

    /** The cited numbers in order, and how many citations name each of them and every number before. */
    private final ArticleNumber[] cited;
    private final int[] citationsUpTo;

    CitationTargets(Citations citations) {
        TreeMap<ArticleNumber, Integer> counts = new TreeMap<>();
        for (Reference r : citations.all) counts.merge(r.citation().article(), 1, Integer::sum);
        cited = counts.keySet().toArray(ArticleNumber[]::new);
        citationsUpTo = new int[cited.length];
        int sum = 0, i = 0;
        for (int n : counts.values()) citationsUpTo[i++] = sum += n;
    }

    @Override
    public double step(int previousBlock, ArticleNumber previous, int block, ArticleNumber next) {
        return cost(upTo(next) - citationsOf(next) - (previous == null ? 0 : upTo(previous)));
    }

    /** Numbers cited beyond the last article are passed over too. */
    @Override
    public double end(int lastBlock, ArticleNumber last) {
        return cost((cited.length == 0 ? 0 : citationsUpTo[cited.length - 1]) - upTo(last));
    }

    /** Citations of {@code n} and of every number before it. */
    private int upTo(ArticleNumber n) {
        int at = Arrays.binarySearch(cited, n);
        int last = at >= 0 ? at : -at - 2;
        return last < 0 ? 0 : citationsUpTo[last];
    }

    private int citationsOf(ArticleNumber n) {
        int at = Arrays.binarySearch(cited, n);
        return at < 0 ? 0 : citationsUpTo[at] - (at == 0 ? 0 : citationsUpTo[at - 1]);
    }

    private static double cost(int passed) {
        return passed == 0 ? 0 : -passed * Weights.CITATION_RESOLVES;
    }
}
