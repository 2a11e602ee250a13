package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;

/**
 * Recovers the article numbers the source lost, as an alignment rather than a counter.
 *
 * <p>Articles of the original act carry whole numbers; articles inserted later take the next letter after the
 * article they follow. A copy can lose whole articles, so a plain counter drifts. Instead every numbering is
 * scored by the evidence the text gives, each kind in a class of its own, and the best one wins:
 * <ul>
 *   <li>{@link CitationTargets}: every citation should lead to an article;</li>
 *   <li>{@link CitedContent}: the words around each citation fit the cited article's text;</li>
 *   <li>{@link CitedShape}: the cited paragraphs and items exist there;</li>
 *   <li>{@link SelfCitation}: an article does not cite itself by number;</li>
 *   <li>{@link StatedOrigin}: "new –" means a letter, an original article a whole number;</li>
 *   <li>{@link NoteNamesNumber}: "former text of Article 29" names the article;</li>
 *   <li>{@link InsertionOrder}: letters are given in the order articles were inserted;</li>
 *   <li>{@link SameAmendingAct}: articles one act inserted side by side take consecutive numbers;</li>
 *   <li>{@link DivisionStart}: an original chapter or section opens with an original article;</li>
 *   <li>{@link SkippedNumbers}: every number skipped is an article the copy lost.</li>
 * </ul>
 * Numbers the source states and maintainers pin are fixed points the alignment runs through. Each inferred
 * number also says how sure it is: the evidence for it, and how much worse the best numbering is that gives it
 * another number.
 */
public final class ArticleNumbering {

    /** A number that is not inferred; an out-of-sequence article stays out of the sequence around it. */
    public record Fixed(ArticleNumber number, boolean outOfSequence) implements java.io.Serializable {
    }

    /** Numbers skipped between two neighbours: articles the copy lacks. */
    public record Gap(ArticleNumber after, ArticleNumber before, int missing) implements java.io.Serializable {
    }

    /**
     * How sure one inferred number is.
     *
     * @param contender the number the block would take in the best numbering that gives it another; null for none
     * @param margin    how much worse that numbering scores (infinite for a fixed number)
     * @param findings  the evidence that names this number
     * @param moves     for a weak number, every block that numbering numbers otherwise: the stretch that stands or
     *                  falls together
     */
    public record Assurance(ArticleNumber contender, double margin, List<Finding> findings, List<Move> moves) implements java.io.Serializable {
        static final Assurance FIXED = new Assurance(null, Double.POSITIVE_INFINITY, List.of(), List.of());

        public boolean isWeak() {
            return margin < WEAK;
        }
    }

    /** A block and the number another reading gives it. */
    public record Move(int block, ArticleNumber number) implements java.io.Serializable {
    }

    public record Result(List<ArticleNumber> numbers, List<Gap> gaps, List<Assurance> assurance) implements java.io.Serializable {
    }

    /** The fixed numbers leave no number for the article at {@code line}. */
    public static final class NoNumberFits extends IllegalStateException {
        private final int line;

        NoNumberFits(int line) {
            super("no numbering fits article at line " + line);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Below this margin a number is weak: the scores are log-odds, so the best reading is less than ten times as
     * likely as the next.
     */
    public static final double WEAK = Math.log(10);

    private ArticleNumbering() {
    }

    /**
     * @param blocks        the articles in source order
     * @param mayContinue   per block: it may be the text of the block before it rather than an article of its own (a
     *                      line the copy gives without note or marker); such a block then takes the same number
     * @param opensDivision per block: it opens a chapter or section of the original act, whose heading survived
     * @param fixed         numbers that are not to be inferred, by position in {@code blocks}
     * @param references    every reference the act makes to its own articles
     */
    public static Result infer(List<Article> blocks, boolean[] mayContinue, boolean[] opensDivision, Map<Integer, Fixed> fixed,
                               List<Reference> references) {
        List<Integer> chain = new ArrayList<>();
        Map<Integer, ArticleNumber> fixedInChain = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Fixed f = fixed.get(i);
            if (f != null && f.outOfSequence()) continue;
            chain.add(i);
            if (f != null) fixedInChain.put(i, f.number());
        }
        Alignment alignment = new Alignment(chain, mayContinue, fixedInChain, evidence(blocks, opensDivision, references));
        int stuck = alignment.run();
        if (stuck >= 0) throw new NoNumberFits(blocks.get(chain.get(stuck)).line());

        ArticleNumber[] numbers = new ArticleNumber[blocks.size()];
        Assurance[] assurance = new Assurance[blocks.size()];
        List<ArticleNumber> best = alignment.best();
        for (int step = 0; step < chain.size(); step++) {
            int block = chain.get(step);
            numbers[block] = best.get(step);
            assurance[block] = fixedInChain.containsKey(block) ? Assurance.FIXED : assure(alignment, chain, best, step);
        }
        fixed.forEach((i, f) -> {
            numbers[i] = f.number();
            assurance[i] = Assurance.FIXED;
        });
        return new Result(List.of(numbers), gaps(chain, numbers), List.of(assurance));
    }

    private static List<Evidence> evidence(List<Article> blocks, boolean[] opensDivision, List<Reference> references) {
        Citations citations = new Citations(blocks.size(), references);
        return List.of(
                new CitationTargets(citations),
                new CitedContent(blocks, citations, new ContentFit(blocks)),
                new CitedShape(blocks, citations),
                new SelfCitation(citations),
                new StatedOrigin(blocks),
                new NoteNamesNumber(blocks),
                new InsertionOrder(blocks),
                new SameAmendingAct(blocks),
                new DivisionStart(opensDivision),
                new SkippedNumbers());
    }

    private static Assurance assure(Alignment alignment, List<Integer> chain, List<ArticleNumber> best, int step) {
        ArticleNumber chosen = best.get(step);
        Alignment.Contender c = alignment.contender(step, chosen);
        List<Move> moves = new ArrayList<>();
        if (c.number() != null && c.margin() < WEAK) {
            List<ArticleNumber> other = alignment.through(step, c.number());
            for (int s = 0; s < chain.size(); s++) if (!other.get(s).equals(best.get(s))) moves.add(new Move(chain.get(s), other.get(s)));
        }
        return new Assurance(c.number(), c.margin(), alignment.findings(step, chosen), moves);
    }

    private static List<Gap> gaps(List<Integer> chain, ArticleNumber[] numbers) {
        List<Gap> gaps = new ArrayList<>();
        ArticleNumber before = null;
        for (int i : chain) {
            if (numbers[i].equals(before)) continue; // a continuation
            int missing = SkippedNumbers.skipped(before, numbers[i]);
            if (missing > 0) gaps.add(new Gap(before, numbers[i], missing));
            before = numbers[i];
        }
        return gaps;
    }
}
