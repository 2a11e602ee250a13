package lexsite.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lexsite.search.export.SearchExport;
import org.apache.lucene.index.IndexReader;

/**
 * Runs the browser's engine (templates/assets/search/engine.js) under Node over an export of an index, one fresh
 * engine per query, and reads back its results and the files each query loaded (bytes raw and gzipped).
 */
final class NodeEngine {

    private static final Path ANALYZER = Path.of("templates/assets/search/analyzer.js");
    private static final Path ENGINE = Path.of("templates/assets/search/engine.js");
    private static final Path RUNNER = Path.of("src/test/js/search.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One search: the query and the engine's options ({@code kinds}, {@code limit}). */
    record Request(String query, Map<String, Object> options) {
    }

    private final Path site;

    /** Writes the export of {@code reader} into {@code site}/search. */
    NodeEngine(IndexReader reader, Path site) throws IOException {
        this.site = site;
        for (Map.Entry<String, String> file : SearchExport.files(reader).entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    /** Per request: {results, files: [{path, bytes, gzip}], millis}. */
    List<JsonNode> run(List<Request> requests) throws IOException, InterruptedException {
        Path input = Files.createTempFile("lexsite-engine", ".json");
        Path output = Files.createTempFile("lexsite-engine", ".out.json");
        try {
            JSON.writeValue(input.toFile(), requests);
            Process node = new ProcessBuilder("node", RUNNER.toString(), ANALYZER.toString(), ENGINE.toString(),
                    site.toString(), input.toString(), output.toString()).redirectErrorStream(true).start();
            String console = new String(node.getInputStream().readAllBytes());
            if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) throw new IllegalStateException("node failed: " + console);
            JsonNode all = JSON.readTree(output.toFile());
            List<JsonNode> out = new java.util.ArrayList<>();
            all.forEach(out::add);
            return out;
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }
}
