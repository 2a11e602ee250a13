package lexsite.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Item;
import lexsite.model.Paragraph;

/**
 * Recovers article numbers the source lost, as an alignment rather than a counter.
 *
 * <p>Articles of the original act carry whole numbers; articles inserted later take the next letter after
 * the article they follow. A copy can lose whole articles, so a plain counter drifts. Instead every
 * numbering is scored against the evidence the text itself gives, and the best one wins (a Viterbi pass over
 * the articles in source order):
 * <ul>
 *   <li>the act's own citations: "Article 24, paragraph 1, item 17" fits an article only if it has that
 *       paragraph and item (or the source lost that list);</li>
 *   <li>an article does not cite itself by number, it says "paragraph (1)";</li>
 *   <li>notes: an article whose history starts "new –" was inserted, so takes a letter, unless nothing
 *       older follows it (articles appended at the end take the next whole number); "former text of Article
 *       25" names the article outright;</li>
 *   <li>every number skipped is an article missing from the copy, which costs.</li>
 * </ul>
 * Pinned and explicitly numbered articles are fixed points the alignment runs through.
 */
public final class ArticleNumbering {

    /** A reference made by the text, and which article (by position) makes it; -1 for none. */
    public record Reference(Citation citation, int citingBlock) {
    }

    /** A maintainer's number; an out-of-sequence article stays out of the sequence around it. */
    public record Fixed(ArticleNumber number, boolean outOfSequence) {
    }

    /** Numbers skipped between two neighbours: articles the copy lacks. */
    public record Gap(ArticleNumber after, ArticleNumber before, int missing) {
    }

    public record Result(List<ArticleNumber> numbers, List<Gap> gaps) {
    }

    static final double FIT = 1.0;
    static final double WHOLE_ARTICLE_FIT = 0.6;
    static final double MISFIT = -0.7;
    static final double SELF_CITATION = -1.5;
    static final double NAMED_BY_NOTE = 6.0;
    static final double INSERTED_AS_WHOLE = -1.2;
    static final double ORIGINAL_AS_LETTER = -3.0;
    /** A note that only says "last amended – …" does not say whether the article was there from the start. */
    static final double UNSTATED_AS_LETTER = -1.0;
    static final double MISSING = -1.5;
    /** Reading a bare line as an article of its own, rather than more of the article before it. */
    static final double SPLIT = -0.9;
    private static final int MAX_SKIP = 4;
    /** A fixed number that cannot follow the numbers before it: taken all the same, at a cost. */
    static final double OUT_OF_ORDER = -50;
    private static final double IMPOSSIBLE = Double.NEGATIVE_INFINITY;

    private final List<Article> blocks;
    private final Map<Integer, Fixed> fixed;
    private final Map<ArticleNumber, List<Reference>> referencesTo = new HashMap<>();
    private final List<Set<ArticleNumber>> citedBy = new ArrayList<>();
    private final boolean[] appendedAtEnd;
    private final boolean[] mayContinue;

    private ArticleNumbering(List<Article> blocks, boolean[] mayContinue, Map<Integer, Fixed> fixed,
                             List<Reference> references) {
        this.blocks = blocks;
        this.mayContinue = mayContinue;
        this.fixed = fixed;
        for (int i = 0; i < blocks.size(); i++) citedBy.add(new HashSet<>());
        for (Reference r : references) {
            if (r.citation().isExternal() || r.citation().isRelative()) continue;
            referencesTo.computeIfAbsent(r.citation().article(), k -> new ArrayList<>()).add(r);
            if (r.citingBlock() >= 0) citedBy.get(r.citingBlock()).add(r.citation().article());
        }
        appendedAtEnd = new boolean[blocks.size()];
        boolean allNewAfter = true;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            allNewAfter &= blocks.get(i).provenance().startsAsNew();
            appendedAtEnd[i] = allNewAfter;
        }
    }

    /**
     * @param blocks      the articles in source order
     * @param mayContinue per block: it may be the text of the block before it rather than an article of its
     *                    own (a line the copy gives without note or marker); such a block then takes the same
     *                    number as the one before
     * @param fixed       numbers that are not to be inferred, by position in {@code blocks}
     * @param references  every in-act reference found in the text
     */
    public static Result infer(List<Article> blocks, boolean[] mayContinue, Map<Integer, Fixed> fixed,
                               List<Reference> references) {
        return new ArticleNumbering(blocks, mayContinue, fixed, references).run();
    }

    private Result run() {
        List<Integer> chain = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Fixed f = fixed.get(i);
            if (f == null || !f.outOfSequence()) chain.add(i);
        }
        List<Map<ArticleNumber, ArticleNumber>> back = new ArrayList<>();
        Map<ArticleNumber, Double> previous = null;
        for (int block : chain) {
            Map<ArticleNumber, Double> current = new TreeMap<>();
            Map<ArticleNumber, ArticleNumber> from = new HashMap<>();
            Map<ArticleNumber, Double> emissions = new HashMap<>();
            Map<ArticleNumber, Double> sources = previous != null ? previous : java.util.Collections.singletonMap(null, 0.0); // null: before the first article
            for (Map.Entry<ArticleNumber, Double> source : sources.entrySet()) {
                if (mayContinue[block] && source.getKey() != null) {
                    relax(current, from, source.getKey(), source.getKey(), source.getValue()); // the same article goes on
                }
                for (ArticleNumber candidate : candidates(block, source.getKey())) {
                    double t = transition(source.getKey(), candidate);
                    if (t == IMPOSSIBLE) continue;
                    double split = mayContinue[block] ? SPLIT : 0;
                    double s = source.getValue() + t + split + emissions.computeIfAbsent(candidate, c -> emission(block, c));
                    relax(current, from, candidate, source.getKey(), s);
                }
            }
            if (current.isEmpty()) {
                // Only a fixed number gets here, one no numbering so far can precede ("Art. 1." after text read as
                // an article, or explicit numbers that go backwards). This used to throw and end the build; take
                // the number out of order instead, and let the resolver report the conflict or the order.
                for (Map.Entry<ArticleNumber, Double> source : sources.entrySet()) {
                    for (ArticleNumber candidate : candidates(block, source.getKey())) {
                        relax(current, from, candidate, source.getKey(), source.getValue() + OUT_OF_ORDER
                                + emissions.computeIfAbsent(candidate, c -> emission(block, c)));
                    }
                }
            }
            back.add(from);
            previous = current;
        }
        ArticleNumber[] numbers = new ArticleNumber[blocks.size()];
        if (!chain.isEmpty()) {
            ArticleNumber last = best(previous);
            for (int step = chain.size() - 1; step >= 0; step--) {
                numbers[chain.get(step)] = last;
                last = back.get(step).get(last);
            }
        }
        for (Map.Entry<Integer, Fixed> e : fixed.entrySet()) numbers[e.getKey()] = e.getValue().number();
        List<Gap> gaps = new ArrayList<>();
        ArticleNumber before = null;
        for (int i : chain) {
            if (numbers[i].equals(before)) continue; // a continuation
            int missing = skipped(before, numbers[i]);
            if (missing > 0) gaps.add(new Gap(before, numbers[i], missing));
            before = numbers[i];
        }
        return new Result(List.of(numbers), gaps);
    }

    private static void relax(Map<ArticleNumber, Double> current, Map<ArticleNumber, ArticleNumber> from,
                              ArticleNumber candidate, ArticleNumber source, double score) {
        Double known = current.get(candidate);
        if (known == null || score > known) {
            current.put(candidate, score);
            from.put(candidate, source);
        }
    }

    private static ArticleNumber best(Map<ArticleNumber, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.<ArticleNumber, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** The numbers block {@code block} may take after {@code previous} (null before the first article). */
    private List<ArticleNumber> candidates(int block, ArticleNumber previous) {
        Fixed f = fixed.get(block);
        if (f != null) return List.of(f.number());
        List<ArticleNumber> out = new ArrayList<>();
        if (previous == null) {
            for (int b = 1; b <= 1 + MAX_SKIP; b++) out.add(ArticleNumber.of(b));
            return out;
        }
        for (int k = 1; k <= MAX_SKIP + 1 && previous.suffix() + k <= ArticleNumber.LETTERS.size(); k++) {
            out.add(new ArticleNumber(previous.base(), previous.suffix() + k));
        }
        for (int j = 1; j <= MAX_SKIP + 1; j++) {
            for (int s = 0; s <= 2; s++) out.add(new ArticleNumber(previous.base() + j, s));
        }
        return out;
    }

    /** Articles missing between two neighbours. */
    static int skipped(ArticleNumber previous, ArticleNumber next) {
        if (previous == null) return next.base() - 1 + next.suffix();
        if (next.compareTo(previous) <= 0) return -1;
        if (next.base() == previous.base()) return next.suffix() - previous.suffix() - 1;
        int wholeNumbers = next.base() - previous.base() - 1;
        return wholeNumbers + (next.suffix() == 0 ? 0 : next.suffix()); // "25b" after "24m" skips 25 and 25a
    }

    private double transition(ArticleNumber previous, ArticleNumber next) {
        int missing = skipped(previous, next);
        return missing < 0 ? IMPOSSIBLE : missing * MISSING;
    }

    private double emission(int block, ArticleNumber n) {
        Article article = blocks.get(block);
        double s = 0;
        boolean inserted = article.provenance().startsAsNew();
        if (inserted && !n.isInserted() && !appendedAtEnd[block]) s += INSERTED_AS_WHOLE;
        if (!inserted && n.isInserted()) s += statesOrigin(article) ? ORIGINAL_AS_LETTER : UNSTATED_AS_LETTER;
        if (namedByNote(article, n)) s += NAMED_BY_NOTE;
        if (citedBy.get(block).contains(n)) s += SELF_CITATION;
        for (Reference r : referencesTo.getOrDefault(n, List.of())) {
            if (r.citingBlock() == block) continue;
            s += fit(article, r.citation());
        }
        return s;
    }

    private static boolean statesOrigin(Article article) {
        List<Amendment> amendments = article.provenance().amendments();
        return amendments.isEmpty() || amendments.get(0).kind() != AmendmentKind.LAST_AMENDED;
    }

    /** "(1) (Former text of Article 25 – …)": the note names the article it stands in. */
    private static boolean namedByNote(Article article, ArticleNumber n) {
        List<Amendment> amendments = new ArrayList<>(article.provenance().amendments());
        for (Paragraph p : article.paragraphs()) amendments.addAll(p.provenance().amendments());
        for (Amendment a : amendments) {
            if (a.kind() == AmendmentKind.FORMER && a.detail() != null) {
                String detail = a.detail().replaceFirst("(?i)^text of article\\s+", "");
                if (!detail.equals(a.detail()) && ArticleNumber.parse(detail).map(n::equals).orElse(false)) return true;
            }
        }
        return false;
    }

    /** How well a citation fits an article: the cited paragraphs and items must exist there. */
    static double fit(Article article, Citation c) {
        if (c.paragraphs().isEmpty() && c.items().isEmpty()) return WHOLE_ARTICLE_FIT;
        if (c.paragraphs().isEmpty()) {
            Paragraph only = article.paragraphs().isEmpty() ? null : article.paragraphs().get(0);
            return only != null && !only.isNumbered() && hasItems(only, c.items()) ? FIT : MISFIT;
        }
        for (String number : c.paragraphs()) {
            Paragraph p = article.paragraphs().stream().filter(x -> number.equals(x.number())).findFirst().orElse(null);
            if (p == null || !hasItems(p, c.items())) return MISFIT;
        }
        return FIT;
    }

    private static boolean hasItems(Paragraph p, List<String> items) {
        if (items.isEmpty() || p.itemsMissing()) return true;
        Set<String> present = new HashSet<>();
        for (Item i : p.items()) present.add(i.number());
        return items.stream().allMatch(i -> present.contains(i) || !i.chars().allMatch(Character::isDigit));
    }
}
