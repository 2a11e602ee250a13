package lexsite.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.LoadedAct;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.NumberOrigin;
import lexsite.pipeline.Pipeline;
import lexsite.resolve.ActResolver;

/**
 * The act as a build would number it with no number pins at all, found by doing exactly that: parse and resolve
 * run again on the act with its number pins taken away (their boundary hints go with them), and the two are
 * compared article by article, by the source line each starts on. So what `check` says of the pins is what a
 * maintainer who deleted them would see.
 *
 * @param differing articles whose number differs, or that are an article in one run and not in the other
 * @param resolved  citations of articles that resolve without the pins
 * @param citations citations of articles in all
 * @param verdicts  per number pin, what the text alone gives the article it names
 */
public record PinFreeRun(int differing, int resolved, int citations, List<String> verdicts) {

    /** Runs {@code act} without its number pins and compares it with {@code pinned}, its result with them. */
    public static PinFreeRun of(LoadedAct act, ActResolver.Result pinned) {
        List<ActResolver.Result> runs = Pipeline.parseAndResolve(act.withoutNumberPins(), new Diagnostics());
        ActResolver.Result free = runs.stream().filter(r -> r.act().version().equals(pinned.act().version())).findFirst().orElseThrow();
        Map<Integer, ArticleNumber> with = byLine(pinned), without = byLine(free);
        Set<Integer> lines = new TreeSet<>(with.keySet());
        lines.addAll(without.keySet());
        int differing = 0;
        for (int line : lines) if (!java.util.Objects.equals(with.get(line), without.get(line))) differing++;
        List<String> verdicts = new ArrayList<>();
        for (Article a : pinned.act().articles()) {
            if (a.origin() != NumberOrigin.PINNED) continue;
            ArticleNumber alone = without.get(a.line());
            verdicts.add(alone == null ? "pin " + a.number() + " (line " + a.line() + "): without it the text reads this as part of the article before"
                    : alone.equals(a.number()) ? "pin " + a.number() + " (line " + a.line() + ") agrees with the text alone"
                    : "pin " + a.number() + " (line " + a.line() + ") overrides the text alone, which gives " + alone);
        }
        Summary summary = Summary.of(free);
        return new PinFreeRun(differing, summary.resolved(), summary.citations(), verdicts);
    }

    private static Map<Integer, ArticleNumber> byLine(ActResolver.Result result) {
        Map<Integer, ArticleNumber> out = new HashMap<>();
        for (Article a : result.act().articles()) out.put(a.line(), a.number());
        return out;
    }

    /** The lines `check` prints. */
    public List<String> render() {
        List<String> out = new ArrayList<>();
        out.add(String.format(java.util.Locale.ROOT, "  with no number pins at all: %d articles numbered differently; %d of %d citations resolve (%.1f%%)",
                differing, resolved, citations, citations == 0 ? 100.0 : 100.0 * resolved / citations));
        for (String v : verdicts) out.add("    " + v);
        return out;
    }
}
