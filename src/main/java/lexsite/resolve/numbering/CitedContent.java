package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;

/**
 * A citation says what it cites: "may be appealed under Article 46a" names an article about an appeal. The words
 * around each citation are fitted against every block's text ({@link ContentFit}); the block that fits best gains,
 * one sharing none of the words loses. So a numbering that sends a citation to an article about
 * something else pays for it, however well the cited paragraph numbers happen to line up.
 */
final class CitedContent implements Evidence {

    /** A fit at least this good (of the best article's) counts a citation as confirming the number, for readers. */
    static final double CONFIRMS = 0.5;

    private final List<Article> blocks;
    private final Citations citations;
    /** Per reference, per block, how well the reference's words fit the block ({@link ContentFit#fits}); null for no say. */
    private final double[][] fit;

    CitedContent(List<Article> blocks, Citations citations, ContentFit content) {
        this.blocks = blocks;
        this.citations = citations;
        fit = new double[citations.all.size()][];
        // measured against every block, the citing one too: words that describe the citing article better than any
        // other say little of the one it cites, and then count for little (leaving it out costs 7 of 171 articles)
        Map<String, Optional<double[]>> byWords = new HashMap<>(); // many citations share their words
        for (int k = 0; k < fit.length; k++) {
            fit[k] = byWords.computeIfAbsent(citations.all.get(k).context(), w -> Optional.ofNullable(content.fits(w))).orElse(null);
        }
    }

    @Override
    public double score(int block, ArticleNumber n) {
        double s = 0;
        for (int k : citations.to(n, block)) if (fit[k] != null) s += weight(fit[k][block]);
        return s;
    }

    @Override
    public List<Finding> findings(int block, ArticleNumber n) {
        List<Finding> out = new ArrayList<>();
        for (int k : citations.to(n, block)) {
            Reference r = citations.all.get(k);
            if (fit[k] == null || fit[k][block] < CONFIRMS || !CitedShape.fits(blocks.get(block), r.citation())) continue;
            out.add(new Finding(Finding.Kind.CITATION, r.line(), r.context(), weight(fit[k][block])));
        }
        return out;
    }

    /** Full weight for the best fit, none at half of it, and as much against for no fit at all. */
    private static double weight(double fit) {
        return Weights.CONTENT * (2 * fit - 1);
    }
}
