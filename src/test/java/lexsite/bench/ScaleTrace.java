package lexsite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The bytes each benchmark query loads, counted under Node rather than Chromium (src/test/js/bytes.js), on the real
 * site and on the cloned one: a quick loop for changing the export, since the Lucene indexes are kept on disk and
 * only the export is rewritten. SearchBenchmark stays the figure of record. Run by hand:
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath lexsite.bench.ScaleTrace --copies 100"
 * </pre>
 * Options: {@code --copies N} (100), {@code --out DIR} (target/scale), {@code --fresh} (rebuild the Lucene indexes),
 * {@code --shuffled} (each copy's rows in an order of its own, {@link BenchCorpus#cloned(BenchCorpus.Corpus, int, boolean)}),
 * {@code --top N} (how many of the worst queries to list, 8). Writes {@code <out>/<corpus>/bytes.json}.
 */
public final class ScaleTrace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaleTrace() {
    }

    public static void main(String[] args) throws Exception {
        int copies = 100, top = 8;
        Path out = Path.of("target/scale");
        boolean fresh = false, shuffled = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--fresh" -> fresh = true;
                case "--shuffled" -> shuffled = true;
                case "--top" -> top = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path project = Path.of("").toAbsolutePath();
        out = out.toAbsolutePath();
        String[] names = {"real", "x" + copies + (shuffled ? "s" : "")};
        if (fresh || !Files.isDirectory(out.resolve(names[1]).resolve("index"))) {
            BenchCorpus corpora = new BenchCorpus(project, out);
            BenchCorpus.Corpus real = corpora.real();
            BenchCorpus.Corpus big = corpora.cloned(real, copies, shuffled);
            for (BenchCorpus.Corpus c : List.of(real, big)) {
                Path index = out.resolve(c.name()).resolve("index");
                org.apache.commons.io.FileUtils.deleteDirectory(index.toFile());
                try (Directory d = FSDirectory.open(index)) {
                    corpora.lucene(c, d);
                }
            }
        }
        List<String> queries = SearchBenchmark.queries();
        Path queryFile = out.resolve("queries.json");
        JSON.writeValue(queryFile.toFile(), queries);
        Map<String, JsonNode> results = new TreeMap<>();
        for (String name : names) {
            Path site = out.resolve(name).resolve("site");
            long ms;
            try (Directory d = FSDirectory.open(out.resolve(name).resolve("index"))) {
                ms = OurExport.write(d, site);
            }
            Path bytes = out.resolve(name).resolve("bytes.json");
            Process node = new ProcessBuilder("node", "src/test/js/bytes.js", "templates/assets/search/analyzer.js",
                    "templates/assets/search/engine.js", site.toString(), queryFile.toString(), bytes.toString())
                    .redirectErrorStream(true).start();
            String console = new String(node.getInputStream().readAllBytes());
            if (!node.waitFor(60, TimeUnit.MINUTES) || node.exitValue() != 0) throw new IllegalStateException("node failed: " + console);
            results.put(name, JSON.readTree(bytes.toFile()));
            System.out.println(name + ": export " + ms + " ms; " + summary(results.get(name)));
        }
        JsonNode a = results.get(names[0]), b = results.get(names[1]);
        List<double[]> growth = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            growth.add(new double[] {b.get("first").get(i).get("bytes").asDouble() / a.get("first").get(i).get("bytes").asDouble(), i});
        }
        growth.sort(Comparator.comparingDouble((double[] g) -> g[0]).reversed());
        System.out.println("worst growth, first query (" + names[0] + " -> " + names[1] + "):");
        for (double[] g : growth.subList(0, Math.min(top, growth.size()))) {
            int i = (int) g[1];
            System.out.printf("  %.2fx %s: %.1f -> %.1f KB %s%n", g[0], queries.get(i), kb(a.get("first").get(i)),
                    kb(b.get("first").get(i)), b.get("first").get(i).get("byPrefix"));
        }
        int differ = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (!a.get("first").get(i).get("ids").equals(b.get("first").get(i).get("ids"))) differ++;
        }
        System.out.println("queries whose ids differ between the two corpora (expected: clones rank instead): " + differ);
    }

    private static double kb(JsonNode run) {
        return run.get("bytes").asDouble() / 1024;
    }

    private static String summary(JsonNode runs) {
        return "first p50/p95/max " + percentiles(runs.get("first")) + " KB; later " + percentiles(runs.get("later")) + " KB";
    }

    private static String percentiles(JsonNode list) {
        List<Double> kb = new ArrayList<>();
        list.forEach(r -> kb.add(kb(r)));
        kb.sort(null);
        return String.format("%.1f / %.1f / %.1f", Stats.percentile(kb, 50), Stats.percentile(kb, 95), kb.get(kb.size() - 1));
    }
}
