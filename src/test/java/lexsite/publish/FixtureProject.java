package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lexsite.cli.Lexsite;
import org.apache.commons.io.FileUtils;

/**
 * A small project (src/test/resources/lexsite/publish/small: a five-provision act, one programme, one guide) with the
 * real templates, in a folder of its own, run through the `lexsite` command line so exit codes are what a
 * maintainer gets. It builds in about a second, where the real act takes many.
 */
final class FixtureProject {

    static final Path FIXTURE = Path.of("src/test/resources/lexsite/publish/small");
    static final String ACT = "content/acts/foreigners-act/en/2025-06-30.txt";
    static final String PINS = "content/acts/foreigners-act/pins.yaml";

    /** What one command printed and returned. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    final Path root;
    /** The site as the last successful build left it. */
    private Map<String, byte[]> built;

    FixtureProject(Path root) {
        this.root = root;
        reset();
    }

    /** A fresh copy of the fixture in {@code root}, built once. */
    static FixtureProject built(Path root) {
        FixtureProject project = new FixtureProject(root);
        project.build();
        return project;
    }

    Map<String, byte[]> lastBuilt() {
        return built;
    }

    /** Puts content/ and templates/ back as the fixture has them; the site is left alone. */
    void reset() {
        try {
            FileUtils.deleteDirectory(root.resolve("content").toFile());
            FileUtils.deleteDirectory(root.resolve("templates").toFile());
            FileUtils.copyDirectory(FIXTURE.resolve("content").toFile(), root.resolve("content").toFile());
            FileUtils.copyDirectory(Path.of("templates").toFile(), root.resolve("templates").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path site() {
        return root.resolve("site");
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, byte[] bytes) {
        try {
            Files.write(file(relative), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the first {@code from} in a file, failing if the fixture no longer has it. */
    void replace(String relative, String from, String to) {
        String text = read(relative);
        assertTrue(text.contains(from), relative + " has no '" + from + "'");
        write(relative, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** Runs `lexsite COMMAND --project ROOT ARGS…` in this JVM, catching what it prints. */
    synchronized Run run(String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            String[] all = Stream.concat(Stream.of(command, "--project", root.toString()), Stream.of(args)).toArray(String[]::new);
            exit = Lexsite.run(all);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds, failing the test unless the build succeeds. */
    Run build() {
        Run run = run("build");
        assertEquals(0, run.exit(), run::all);
        built = snapshot();
        return run;
    }

    /** Every file of the site, by path, with its bytes. */
    Map<String, byte[]> snapshot() {
        return snapshot(site());
    }

    static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The same files with the same bytes; on a difference, says which file. */
    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the file lists differ");
        for (String path : expected.keySet()) {
            assertTrue(java.util.Arrays.equals(expected.get(path), actual.get(path)), path + " differs");
        }
    }

    /** The site is the one before, byte for byte, and no staging folder or set-aside site is left beside it. */
    void assertSiteIs(Map<String, byte[]> before) {
        assertSameFiles(before, snapshot());
        try (Stream<Path> siblings = Files.list(root)) {
            assertEquals(java.util.List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).toList(),
                    "a staging folder or set-aside site was left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
