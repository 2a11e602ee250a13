package lexsite.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the browser's analyzer (templates/assets/search/analyzer.js) under Node over many texts at once. */
final class NodeAnalyzer {

    private static final Path ANALYZER = Path.of("templates/assets/search/analyzer.js");
    private static final Path RUNNER = Path.of("src/test/js/analyze.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeAnalyzer() {
    }

    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "node"))) return true;
        }
        return false;
    }

    /** One list of terms per text, in the same order. */
    static List<List<String>> analyze(List<String> texts) throws IOException, InterruptedException {
        return analyze("analyze", texts);
    }

    /** As {@code mode} of src/test/js/analyze.js: "analyze", "positions" or "words" (the last two "term@position"). */
    static List<List<String>> analyze(String mode, List<String> texts) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lexsite-analyzer");
        try {
            Path input = dir.resolve("input.json");
            Path output = dir.resolve("output.json");
            JSON.writeValue(input.toFile(), texts);
            Process node = new ProcessBuilder("node", RUNNER.toString(), ANALYZER.toString(), input.toString(),
                    output.toString(), mode).redirectErrorStream(true).start();
            String console = new String(node.getInputStream().readAllBytes());
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node failed: " + console);
            }
            return JSON.readValue(output.toFile(), new TypeReference<List<List<String>>>() { });
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) Files.delete(file);
            }
            Files.delete(dir);
        }
    }
}
