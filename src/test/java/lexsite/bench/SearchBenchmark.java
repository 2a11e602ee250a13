package lexsite.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.site.browser.Chromium;
import org.apache.lucene.store.Directory;

/**
 * The search benchmark (issue 4): our static search against Pagefind 1.x on the real site and on a synthetic one
 * with 100 times the acts. A harness to run by hand, not a test:
 * <pre>
 * (cd src/test/browser &amp;&amp; npm ci)
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test -Dexec.args="-cp %classpath lexsite.bench.SearchBenchmark"
 * </pre>
 * (exec:exec, since the pom fixes exec:java's main class to the CLI). Options, after the class name:
 * {@code --copies N} (acts in the synthetic corpus, 100), {@code --rounds N} (warm rounds over the queries, 5),
 * {@code --builds N} (index builds timed per corpus, the median is kept, 3), {@code --out DIR} (target/bench),
 * {@code --no-ours} or {@code --no-pagefind} (leave one engine out).
 * It prints the table and writes it, with the per-query figures, to {@code <out>/results.md}, and every file each
 * query downloaded to {@code <out>/requests.tsv}.
 */
public final class SearchBenchmark {

    /** Prefixes as a reader types them, each the whole query so far. */
    static final List<String> AS_YOU_TYPE = List.of("fam", "famil", "family reu", "seasonal wo", "blue ca", "deport");

    record Expectation(String query, List<String> accept) {
    }

    record QuerySet(List<Expectation> queries) {
    }

    /** One engine on one corpus: how long its index took to build, its sizes, and the browser figures. */
    record Cell(String corpus, String engine, int documents, long buildMs, String buildParts, BenchBytes index,
                BrowserBench.Measured measured) {
    }

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int copies = 100, rounds = 5, builds = 3;
        Path out = Path.of("target/bench");
        boolean ours = true, pagefind = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--builds" -> builds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-ours" -> ours = false;
                case "--no-pagefind" -> pagefind = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path project = Path.of("").toAbsolutePath();
        if (ours && !OurExport.available(project)) {
            System.err.println("no templates/assets/search/engine.js here: measuring Pagefind only");
            ours = false;
        }
        if (pagefind && !Pagefind.installed()) {
            throw new IllegalStateException("Pagefind is not installed: run (cd src/test/browser && npm ci)");
        }
        List<String> queries = queries();
        BenchCorpus corpora = new BenchCorpus(project, out.toAbsolutePath());
        say("building the real site");
        BenchCorpus.Corpus real = corpora.real();
        say("cloning it into " + copies + " acts");
        BenchCorpus.Corpus big = corpora.cloned(real, copies);

        List<Cell> cells = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        String loadBefore = loadAverage();
        String browserVersion;
        try (Chromium chromium = Chromium.start()) {
            browserVersion = chromium.driver().getCapabilities().getBrowserVersion();
            BrowserBench browser = new BrowserBench(chromium);
            for (BenchCorpus.Corpus c : List.of(real, big)) {
                if (ours) cells.add(ours(c, corpora, browser, queries, rounds, builds));
                if (pagefind) cells.add(pagefind(c, browser, queries, rounds, builds, notes));
            }
        }
        String machine = "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB JVM heap limit, Java " + System.getProperty("java.version")
                + ", Chromium " + browserVersion + " headless. Load average (1, 5, 15 min) before: " + loadBefore
                + "; after: " + loadAverage() + ".\n\n";
        BenchReport figures = new BenchReport(cells, queries, copies, rounds, notes);
        String report = machine + figures.markdown();
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), "# Search benchmark results, " + LocalDate.now() + "\n\n" + report,
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("requests.tsv"), figures.requests(), StandardCharsets.UTF_8);
        say("written to " + out.resolve("results.md") + " and " + out.resolve("requests.tsv"));
    }

    private static Cell ours(BenchCorpus.Corpus c, BenchCorpus corpora, BrowserBench browser, List<String> queries,
                             int rounds, int builds) {
        List<Long> lucene = new ArrayList<>(), export = new ArrayList<>(), total = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            say(c.name() + ": Lucene index and export, build " + (i + 1) + " of " + builds);
            long[] millis = new long[1];
            long e;
            try (Directory index = corpora.lucene(c, millis)) {
                e = OurExport.write(index, c.site());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            long l = millis[0];
            lucene.add(l);
            export.add(e);
            total.add(l + e);
        }
        Engine engine = Engine.ours(c.site());
        say(c.name() + ": " + engine.name() + " in Chromium");
        BrowserBench.Measured m;
        try (BenchServer server = new BenchServer(c.site(), Map.of(Engine.PAGE, engine.page()))) {
            m = browser.measure(engine, server, queries, rounds);
        }
        return new Cell(c.name(), engine.name(), c.documents().size(), Stats.median(total),
                "Lucene " + Stats.median(lucene) + " + export " + Stats.median(export),
                BenchBytes.of(engine.indexFiles()), m);
    }

    private static Cell pagefind(BenchCorpus.Corpus c, BrowserBench browser, List<String> queries, int rounds, int builds,
                                 Map<String, String> notes) {
        List<Long> times = new ArrayList<>();
        Pagefind.Run run = null;
        for (int i = 0; i < builds; i++) {
            say(c.name() + ": Pagefind index, build " + (i + 1) + " of " + builds);
            run = Pagefind.index(c);
            times.add(run.millis());
        }
        int pages = c.pages().size();
        if (run.pages() != pages) {
            notes.put("pagefind-pages-" + c.name(), "Pagefind indexed " + run.pages() + " pages of " + c.name()
                    + " where our documents live on " + pages + ".");
        }
        notes.put("pagefind-version", "Pagefind " + run.version() + ", run as `pagefind --site <site> --glob \""
                + Pagefind.glob(c.pages()) + "\" --root-selector main --exclude-selectors \"" + Pagefind.EXCLUDE + "\"`.");
        Engine engine = Engine.pagefind(c.site());
        say(c.name() + ": " + engine.name() + " in Chromium");
        BrowserBench.Measured m;
        try (BenchServer server = new BenchServer(c.site(), Map.of(Engine.PAGE, engine.page()))) {
            m = browser.measure(engine, server, queries, rounds);
        }
        return new Cell(c.name(), engine.name(), run.pages(), Stats.median(times),
                "wall time of the pagefind command, " + run.words() + " words",
                BenchBytes.of(engine.indexFiles()), m);
    }

    /** queries.yaml's queries, the as-you-type prefixes, then the questions of issue 15's sets (each query once). */
    static List<String> queries() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/lexsite/search/queries.yaml")) {
            if (in == null) throw new IllegalStateException("queries.yaml is missing");
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (Expectation e : new ObjectMapper(new YAMLFactory()).readValue(in, QuerySet.class).queries()) out.add(e.query());
            out.addAll(AS_YOU_TYPE);
            for (String set : lexsite.search.QuestionSets.SETS) {
                lexsite.search.QuestionSets.load(set).forEach(q -> out.add(q.q()));
            }
            return List.copyOf(out);
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown model");
        } catch (IOException e) {
            return "unknown model";
        }
    }

    private static void say(String what) {
        System.err.println("bench: " + what);
    }
}
