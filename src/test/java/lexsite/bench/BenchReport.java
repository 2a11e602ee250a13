package lexsite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The benchmark's figures as Markdown: the side-by-side table, the budgets, the notes, then every query. */
final class BenchReport {

    static final double FIRST_QUERY_BUDGET = 60 * 1024, WARM_P95_BUDGET = 20, GROWTH_BUDGET = 3;

    private final List<SearchBenchmark.Cell> cells;
    private final List<String> queries;
    private final int copies, rounds;
    private final Map<String, String> notes;

    BenchReport(List<SearchBenchmark.Cell> cells, List<String> queries, int copies, int rounds, Map<String, String> notes) {
        this.cells = cells;
        this.queries = queries;
        this.copies = copies;
        this.rounds = rounds;
        this.notes = notes;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(queries.size()).append(" queries (queries.yaml and ").append(SearchBenchmark.AS_YOU_TYPE.size())
                .append(" as-you-type prefixes); ").append(copies).append("x = the real act plus ").append(copies - 1)
                .append(" copies under distinct act ids; warm = ").append(rounds).append(" rounds over the queries. ")
                .append("Bytes are as a server sends them: gzip level 6, or the file as it is when that is smaller; 1 KB = 1024 bytes.\n\n");
        md.append("| | ");
        for (SearchBenchmark.Cell c : cells) md.append(c.engine()).append(", ").append(c.corpus()).append(" | ");
        md.append("\n|---|");
        md.append("---|".repeat(cells.size())).append('\n');
        row(md, "documents (ours) / pages (Pagefind) indexed", c -> String.valueOf(c.documents()));
        row(md, "index build time", c -> c.buildMs() + " ms");
        row(md, "  of which", SearchBenchmark.Cell::buildParts);
        row(md, "index files", c -> String.valueOf(c.index().files()));
        row(md, "index bytes, raw", c -> Stats.kb(c.index().raw()));
        row(md, "index bytes, gzipped", c -> Stats.kb(c.index().wire()));
        row(md, "code loaded once (page and first query), gzipped", c -> Stats.kb(c.measured().pageCodeBytes() + c.measured().cold().get(0).codeBytes()));
        row(md, "first query, index data: p50 / p95 / max", c -> triple(dataOf(c.measured().cold())));
        row(md, "first query with code: p50 / max", c -> Stats.kb(Stats.percentile(withCode(c), 50)) + " / " + Stats.kb(Stats.max(withCode(c))));
        row(md, "first query of the sequence (" + quote(queries.get(0)) + ")", c -> Stats.kb(c.measured().sequence().get(0).dataBytes()));
        row(md, "each later query in sequence: p50 / p95 / max", c -> triple(dataOf(later(c))));
        row(md, "all " + queries.size() + " queries in sequence, in all", c -> Stats.kb(sum(dataOf(c.measured().sequence()))));
        row(md, "cold latency (files loaded over loopback): p50 / p95", c -> Stats.ms(Stats.percentile(msOf(c.measured().cold()), 50)) + " / " + Stats.ms(Stats.percentile(msOf(c.measured().cold()), 95)));
        row(md, "warm latency (files loaded): p50 / p95", c -> Stats.ms(Stats.percentile(c.measured().warm(), 50)) + " / " + Stats.ms(Stats.percentile(c.measured().warm(), 95)));
        row(md, "warm runs that still loaded a file", c -> c.measured().warmLoads() + " of " + c.measured().warm().size());
        row(md, "queries with no result", c -> String.valueOf(c.measured().cold().stream().filter(r -> r.total() == 0).count()));
        md.append('\n');
        budgets(md);
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            for (String n : notes.values()) md.append("- ").append(n).append('\n');
        }
        perQuery(md);
        return md.toString();
    }

    /** Every file each query made the page download: corpus, engine, pass, query, path, raw and wire bytes. */
    String requests() {
        StringBuilder tsv = new StringBuilder("corpus\tengine\tpass\tquery\tpath\traw\twire\n");
        for (SearchBenchmark.Cell c : cells) {
            requests(tsv, c, "alone", c.measured().cold());
            requests(tsv, c, "sequence", c.measured().sequence());
        }
        return tsv.toString();
    }

    private static void requests(StringBuilder tsv, SearchBenchmark.Cell c, String pass, List<BrowserBench.Run> runs) {
        for (BrowserBench.Run r : runs) {
            for (BenchServer.Sent s : r.sent()) {
                tsv.append(c.corpus()).append('\t').append(c.engine()).append('\t').append(pass).append('\t')
                        .append(r.query().replace('\t', ' ')).append('\t').append(s.path()).append('\t')
                        .append(s.raw()).append('\t').append(s.wire()).append('\n');
            }
        }
    }

    private void budgets(StringBuilder md) {
        md.append("## Budgets (SEARCH-SPEC.md)\n\n| budget | measured | verdict |\n|---|---|---|\n");
        SearchBenchmark.Cell oursReal = find("ours", "real"), oursBig = find("ours", "x" + copies);
        SearchBenchmark.Cell pfReal = find("Pagefind", "real"), pfBig = find("Pagefind", "x" + copies);
        if (oursReal != null) {
            double max = Stats.max(dataOf(oursReal.measured().cold()));
            budget(md, "real: first query ≤ 60 KB gzipped (every search file it loads; the largest over the queries)",
                    Stats.kb(max) + " (with engine.js and analyzer.js: " + Stats.kb(Stats.max(withCode(oursReal))) + ")",
                    max <= FIRST_QUERY_BUDGET);
            double p95 = Stats.percentile(oursReal.measured().warm(), 95);
            budget(md, "real: p95 latency ≤ 20 ms once files are loaded", Stats.ms(p95), p95 <= WARM_P95_BUDGET);
        }
        if (oursReal != null && oursBig != null) {
            double a = Stats.percentile(dataOf(oursReal.measured().cold()), 50), b = Stats.percentile(dataOf(oursBig.measured().cold()), 50);
            double worst = worstGrowth(oursReal, oursBig);
            budget(md, copies + "x: per-query download grows ≤ 3x (first query: median and the worst query)",
                    String.format(java.util.Locale.ROOT, "median %s → %s (%.2fx); worst query %.2fx", Stats.kb(a), Stats.kb(b), b / a, worst),
                    b / a <= GROWTH_BUDGET && worst <= GROWTH_BUDGET);
            double la = Stats.percentile(dataOf(later(oursReal)), 50), lb = Stats.percentile(dataOf(later(oursBig)), 50);
            budget(md, copies + "x: later queries' download grows ≤ 3x (median)",
                    String.format(java.util.Locale.ROOT, "%s → %s (%.2fx)", Stats.kb(la), Stats.kb(lb), la == 0 ? Double.NaN : lb / la),
                    la == 0 ? lb == 0 : lb / la <= GROWTH_BUDGET);
        }
        compare(md, oursReal, pfReal, "real");
        compare(md, oursBig, pfBig, copies + "x");
        md.append('\n');
    }

    private void compare(StringBuilder md, SearchBenchmark.Cell ours, SearchBenchmark.Cell pf, String corpus) {
        if (ours == null || pf == null) return;
        double o = Stats.percentile(dataOf(ours.measured().cold()), 50), p = Stats.percentile(dataOf(pf.measured().cold()), 50);
        budget(md, corpus + ": fewer bytes per query than Pagefind (first query, median, index data)",
                Stats.kb(o) + " vs " + Stats.kb(p), o < p);
        double oc = Stats.percentile(withCode(ours), 50), pc = Stats.percentile(withCode(pf), 50);
        budget(md, corpus + ": fewer bytes per query than Pagefind (first query, median, with code)",
                Stats.kb(oc) + " vs " + Stats.kb(pc), oc < pc);
        double ol = Stats.percentile(dataOf(later(ours)), 50), pl = Stats.percentile(dataOf(later(pf)), 50);
        budget(md, corpus + ": fewer bytes per query than Pagefind (later queries, median)", Stats.kb(ol) + " vs " + Stats.kb(pl), ol <= pl);
    }

    private static double worstGrowth(SearchBenchmark.Cell small, SearchBenchmark.Cell big) {
        double worst = 0;
        for (int i = 0; i < small.measured().cold().size(); i++) {
            double a = small.measured().cold().get(i).dataBytes(), b = big.measured().cold().get(i).dataBytes();
            if (a > 0) worst = Math.max(worst, b / a);
        }
        return worst;
    }

    private void perQuery(StringBuilder md) {
        md.append("\n## Per query\n\nEach query alone on a fresh page: index data downloaded (gzipped) and cold latency; then the warm median.\n\n| query |");
        for (SearchBenchmark.Cell c : cells) md.append(' ').append(c.engine()).append(", ").append(c.corpus()).append(" |");
        md.append("\n|---|").append("---|".repeat(cells.size())).append('\n');
        for (int i = 0; i < queries.size(); i++) {
            md.append("| ").append(quote(queries.get(i))).append(" |");
            for (SearchBenchmark.Cell c : cells) {
                BrowserBench.Run r = c.measured().cold().get(i);
                List<Double> warm = new ArrayList<>();
                for (int k = i; k < c.measured().warm().size(); k += queries.size()) warm.add(c.measured().warm().get(k));
                md.append(' ').append(Stats.kb(r.dataBytes())).append(", ").append(r.sent().size()).append(" files, ")
                        .append(Stats.ms(r.ms())).append(" / ").append(Stats.ms(Stats.percentile(warm, 50)))
                        .append(", ").append(r.total()).append(" hits |");
            }
            md.append('\n');
        }
    }

    private SearchBenchmark.Cell find(String engine, String corpus) {
        return cells.stream().filter(c -> c.engine().equals(engine) && c.corpus().equals(corpus)).findFirst().orElse(null);
    }

    private void row(StringBuilder md, String label, Function<SearchBenchmark.Cell, String> value) {
        md.append("| ").append(label).append(" | ");
        for (SearchBenchmark.Cell c : cells) md.append(value.apply(c)).append(" | ");
        md.append('\n');
    }

    private static void budget(StringBuilder md, String what, String measured, boolean pass) {
        md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(pass ? "pass" : "**fail**").append(" |\n");
    }

    private static String triple(List<Long> bytes) {
        return Stats.kb(Stats.percentile(bytes, 50)) + " / " + Stats.kb(Stats.percentile(bytes, 95)) + " / " + Stats.kb(Stats.max(bytes));
    }

    private static List<BrowserBench.Run> later(SearchBenchmark.Cell c) {
        List<BrowserBench.Run> s = c.measured().sequence();
        return s.subList(1, s.size());
    }

    private static List<Long> dataOf(List<BrowserBench.Run> runs) {
        return runs.stream().map(BrowserBench.Run::dataBytes).toList();
    }

    private static List<Double> msOf(List<BrowserBench.Run> runs) {
        return runs.stream().map(BrowserBench.Run::ms).toList();
    }

    /** Each query alone: its index data plus the code the page and the query loaded. */
    private static List<Long> withCode(SearchBenchmark.Cell c) {
        return c.measured().cold().stream().map(r -> r.dataBytes() + r.codeBytes() + c.measured().pageCodeBytes()).toList();
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static String quote(String query) {
        return "`" + query.replace("|", "\\|") + "`";
    }
}
