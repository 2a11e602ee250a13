package lexsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One command run as its own process, as a maintainer runs it: its wall time (measured here, from start to exit), its
 * peak resident memory (GNU time's maximum RSS, the kernel's VmHWM of the process), its CPU time (user + system,
 * which a loaded machine stretches less than wall time) and what it printed.
 */
record Measured(long wallMs, long peakRssKb, long cpuMs, int exit, String output) {

    private static final Path TIME = Path.of("/usr/bin/time");

    static Measured run(Path workingDir, List<String> command) {
        try {
            Path rss = Files.createTempFile("lexsite-bench-rss", ".txt");
            Path log = Files.createTempFile("lexsite-bench-out", ".txt");
            List<String> full = new ArrayList<>();
            boolean timed = Files.isExecutable(TIME);
            if (timed) full.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", rss.toString()));
            full.addAll(command);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(full).directory(workingDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            long wall = (System.nanoTime() - started) / 1_000_000;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            String[] figures = timed ? Files.readString(rss).strip().replaceAll("(?s).*\\n", "").split(" ") : null;
            long peak = timed ? Long.parseLong(figures[0]) : -1;
            long cpu = timed ? Math.round((Double.parseDouble(figures[1]) + Double.parseDouble(figures[2])) * 1000) : -1;
            Files.deleteIfExists(rss);
            Files.deleteIfExists(log);
            return new Measured(wall, peak, cpu, exit, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The build's own "stages: …" line, or "" when it printed none. */
    String stages() {
        return output.lines().filter(l -> l.startsWith("stages: ")).map(l -> l.substring("stages: ".length()))
                .findFirst().orElse("");
    }
}
