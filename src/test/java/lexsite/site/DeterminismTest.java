package lexsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lexsite.publish.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real site built twice, into two folders, is the same byte for byte: nothing depends on the clock, hash
 * order, the output folder or the machine, so a rebuild changes only what the content changed. The second build
 * runs in a JVM of its own, since some hash orders (Map.of, Set.of, enum hash codes) change only between JVMs.
 */
class DeterminismTest {

    @Test
    void twoBuildsGiveTheSameBytes(@TempDir Path temp) {
        // the shared test site is one of the two, unless the tests were pointed at a site built elsewhere
        Path first = System.getProperty("lexsite.testSite") == null ? BuiltSite.root() : build(temp.resolve("first"));
        Path second = buildInAnotherJvm(temp.resolve("second"));
        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertEquals(a.keySet(), b.keySet(), "the two builds wrote different files");
        for (String path : a.keySet()) assertTrue(Arrays.equals(a.get(path), b.get(path)), path + " differs between two builds");
    }

    private static Path build(Path out) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, new SiteBuild(Path.of("."), out, false).run(stream, stream), () -> log.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** {@code lexsite build} in a new JVM, with this one's class path. */
    private static Path buildInAnotherJvm(Path out) {
        try {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "lexsite.cli.Lexsite", "build", "--out", out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, build.waitFor(), log);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
