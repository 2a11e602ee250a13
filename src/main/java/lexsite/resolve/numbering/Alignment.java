package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.ArticleNumber;

/**
 * The best numbering of a chain of blocks under the evidence: a Viterbi pass forward, and one backward so that
 * each block also learns how much worse the best numbering is that gives it another number (its margin).
 *
 * <p>Each step keeps at most {@link #WIDTH} numberings, and none far behind the best ({@link #BEAM}), so the cost
 * grows linearly with the act.
 */
final class Alignment {

    /** At most this many numbers skipped between neighbours: four articles lost in a row. */
    static final int MAX_SKIP = 4;
    /**
     * Numberings this far behind the best at a step are dropped: 30 is twenty missing articles more than the
     * leader, far beyond any reading the evidence could bring back.
     */
    static final double BEAM = 30;
    /** Numberings kept per step: with at most 20 successors each, a step costs at most 1,280 scores. */
    static final int WIDTH = 64;
    private static final double IMPOSSIBLE = Double.NEGATIVE_INFINITY;

    /** Which block each step numbers, whether it may continue the one before, and the numbers fixed by block. */
    private final List<Integer> chain;
    private final boolean[] mayContinue;
    private final Map<Integer, ArticleNumber> fixed;
    private final List<Evidence> evidence;
    private final List<Map<ArticleNumber, Double>> emissions = new ArrayList<>();

    private final List<Map<ArticleNumber, Double>> forward = new ArrayList<>();
    private final List<Map<ArticleNumber, ArticleNumber>> back = new ArrayList<>();
    private final List<Map<ArticleNumber, Double>> backward = new ArrayList<>();
    private final List<Map<ArticleNumber, ArticleNumber>> ahead = new ArrayList<>();

    Alignment(List<Integer> chain, boolean[] mayContinue, Map<Integer, ArticleNumber> fixed, List<Evidence> evidence) {
        this.chain = chain;
        this.mayContinue = mayContinue;
        this.fixed = fixed;
        this.evidence = evidence;
        for (int i = 0; i < chain.size(); i++) emissions.add(new HashMap<>());
    }

    /** Runs both passes; returns the step at which no numbering fits, or -1. */
    int run() {
        ArticleNumber[] nextFixed = nextFixed();
        Map<ArticleNumber, Double> previous = null;
        for (int step = 0; step < chain.size(); step++) {
            Map<ArticleNumber, Double> current = new HashMap<>();
            Map<ArticleNumber, ArticleNumber> from = new HashMap<>();
            if (previous == null) {
                for (ArticleNumber n : candidates(step, null)) relax(current, from, n, null, arc(step, null, n));
            } else {
                for (Map.Entry<ArticleNumber, Double> source : previous.entrySet()) {
                    if (mayContinue[chain.get(step)]) relax(current, from, source.getKey(), source.getKey(), source.getValue());
                    for (ArticleNumber n : candidates(step, source.getKey())) {
                        relax(current, from, n, source.getKey(), source.getValue() + arc(step, source.getKey(), n));
                    }
                }
            }
            if (current.isEmpty()) return step; // nothing reached this step: the fixed number here cannot follow
            if (step == chain.size() - 1) addEnd(current);
            prune(current, nextFixed[step]);
            forward.add(current);
            back.add(from);
            previous = current;
        }
        runBackward();
        return -1;
    }

    /** The best numbering, by step. */
    List<ArticleNumber> best() {
        List<ArticleNumber> out = new ArrayList<>();
        if (chain.isEmpty()) return out;
        ArticleNumber n = top(forward.get(chain.size() - 1));
        for (int step = chain.size() - 1; step >= 0; step--) {
            out.add(0, n);
            n = back.get(step).get(n);
        }
        return out;
    }

    /** The best numbering that gives {@code step} the number {@code n}, by step. */
    List<ArticleNumber> through(int step, ArticleNumber n) {
        List<ArticleNumber> out = new ArrayList<>();
        ArticleNumber m = n;
        for (int s = step; s >= 0; s--) {
            out.add(0, m);
            m = back.get(s).get(m);
        }
        m = n;
        for (int s = step; s < chain.size() - 1; s++) {
            m = ahead.get(s).get(m);
            out.add(m);
        }
        return out;
    }

    /** How far behind the best the best numbering is that gives {@code step} another number than {@code chosen}. */
    Contender contender(int step, ArticleNumber chosen) {
        double best = total(step, chosen);
        ArticleNumber runnerUp = null;
        double second = IMPOSSIBLE;
        for (ArticleNumber n : sorted(forward.get(step).keySet())) {
            if (n.equals(chosen)) continue;
            double t = total(step, n);
            if (t > second) {
                second = t;
                runnerUp = n;
            }
        }
        return new Contender(runnerUp, runnerUp == null ? Double.POSITIVE_INFINITY : best - second);
    }

    /** Another number a step could take, and how much worse the whole numbering would be for it. */
    record Contender(ArticleNumber number, double margin) {
    }

    /** The findings of every evidence for {@code step} taking {@code n}. */
    List<Finding> findings(int step, ArticleNumber n) {
        List<Finding> out = new ArrayList<>();
        for (Evidence e : evidence) out.addAll(e.findings(chain.get(step), n));
        return out;
    }

    private double total(int step, ArticleNumber n) {
        return forward.get(step).get(n) + backward.get(step).getOrDefault(n, IMPOSSIBLE);
    }

    /** What every evidence says of the act ending on each number the last step may take. */
    private void addEnd(Map<ArticleNumber, Double> last) {
        int block = chain.get(chain.size() - 1);
        for (Map.Entry<ArticleNumber, Double> e : last.entrySet()) {
            double s = 0;
            for (Evidence ev : evidence) s += ev.end(block, e.getKey());
            e.setValue(e.getValue() + s);
        }
    }

    private void runBackward() {
        if (chain.isEmpty()) return; // a text with no articles (all of it read as back matter) has nothing to number
        for (int step = 0; step < chain.size(); step++) {
            backward.add(new HashMap<>());
            ahead.add(new HashMap<>());
        }
        for (ArticleNumber n : forward.get(chain.size() - 1).keySet()) backward.get(chain.size() - 1).put(n, 0.0);
        for (int step = chain.size() - 2; step >= 0; step--) {
            Map<ArticleNumber, Double> next = backward.get(step + 1);
            for (ArticleNumber n : sorted(forward.get(step).keySet())) {
                double best = IMPOSSIBLE;
                ArticleNumber to = null;
                List<ArticleNumber> options = new ArrayList<>(candidates(step + 1, n));
                if (mayContinue[chain.get(step + 1)]) options.add(0, n);
                for (ArticleNumber m : options) {
                    Double rest = next.get(m);
                    if (rest == null) continue;
                    double s = (m.equals(n) ? 0 : arc(step + 1, n, m)) + rest;
                    if (s > best) {
                        best = s;
                        to = m;
                    }
                }
                if (to != null) {
                    backward.get(step).put(n, best);
                    ahead.get(step).put(n, to);
                }
            }
        }
    }

    /** Per step: the next fixed number after it, which every numbering must still reach; null for none. */
    private ArticleNumber[] nextFixed() {
        ArticleNumber[] out = new ArticleNumber[chain.size()];
        ArticleNumber next = null;
        for (int step = chain.size() - 1; step >= 0; step--) {
            out[step] = next;
            ArticleNumber f = fixed.get(chain.get(step));
            if (f != null) next = f;
        }
        return out;
    }

    /**
     * Drops the numberings that cannot go on (at or past the next fixed number), those far behind the best, and
     * all but the best {@link #WIDTH}.
     */
    private static void prune(Map<ArticleNumber, Double> current, ArticleNumber nextFixed) {
        if (nextFixed != null) current.keySet().removeIf(n -> n.compareTo(nextFixed) >= 0);
        if (current.isEmpty()) return;
        double floor = current.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow() - BEAM;
        current.values().removeIf(score -> score < floor);
        if (current.size() <= WIDTH) return;
        List<ArticleNumber> ranked = new ArrayList<>(current.keySet());
        ranked.sort(Comparator.comparing((ArticleNumber n) -> current.get(n)).reversed().thenComparing(Comparator.naturalOrder()));
        for (ArticleNumber n : ranked.subList(WIDTH, ranked.size())) current.remove(n);
    }

    private static void relax(Map<ArticleNumber, Double> current, Map<ArticleNumber, ArticleNumber> from,
                              ArticleNumber candidate, ArticleNumber source, double score) {
        if (score == IMPOSSIBLE) return;
        Double known = current.get(candidate);
        // ties go to the lower previous number, whatever order the map gives the sources in
        if (known == null || score > known || score == known && source != null && source.compareTo(from.get(candidate)) < 0) {
            current.put(candidate, score);
            from.put(candidate, source);
        }
    }

    /** The best last number; on a tie the lower, so the result does not depend on map order. */
    private static ArticleNumber top(Map<ArticleNumber, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.<ArticleNumber, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static List<ArticleNumber> sorted(java.util.Collection<ArticleNumber> numbers) {
        return numbers.stream().sorted().toList();
    }

    /** The score of step {@code step} taking {@code next} after {@code previous}: every evidence, and the emission. */
    private double arc(int step, ArticleNumber previous, ArticleNumber next) {
        int block = chain.get(step);
        if (SkippedNumbers.skipped(previous, next) < 0) return IMPOSSIBLE;
        int previousBlock = step == 0 ? -1 : chain.get(step - 1);
        double s = mayContinue[block] ? Weights.SPLIT_LINE : 0;
        for (Evidence e : evidence) s += e.step(previousBlock, previous, block, next);
        return s + emissions.get(step).computeIfAbsent(next, n -> emission(block, n));
    }

    private double emission(int block, ArticleNumber n) {
        double s = 0;
        for (Evidence e : evidence) s += e.score(block, n);
        return s;
    }

    /** The numbers step {@code step} may take after {@code previous} (null before the first article). */
    private List<ArticleNumber> candidates(int step, ArticleNumber previous) {
        ArticleNumber f = fixed.get(chain.get(step));
        if (f != null) return List.of(f);
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
}
