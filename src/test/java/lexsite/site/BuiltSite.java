package lexsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lexsite.publish.SiteBuild;

/**
 * The project's real site, built once per JVM into target/test-site and shared by every site test.
 * {@code -Dlexsite.testSite=DIR} points the tests at a site already built elsewhere instead (a hand-made one
 * while trying the checks, or the renderer's output while working on it).
 */
public final class BuiltSite {

    private static final Path OUT = Path.of("target/test-site");
    private static Path root;

    private BuiltSite() {
    }

    /** The site's root folder, built on first use. */
    public static synchronized Path root() {
        if (root == null) root = locate();
        return root;
    }

    /** {@code relative}, after checking the site has that page, so a missing page fails as such. */
    public static String page(String relative) {
        assertTrue(Files.isRegularFile(root().resolve(relative)), "the built site has no " + relative);
        return relative;
    }

    private static Path locate() {
        String given = System.getProperty("lexsite.testSite");
        if (given != null && !given.isBlank()) return Path.of(given).toAbsolutePath().normalize();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
        int exit = new SiteBuild(Path.of("."), OUT, false).run(stream, stream);
        assertEquals(0, exit, () -> "the site build failed:\n" + log.toString(StandardCharsets.UTF_8));
        return OUT.toAbsolutePath().normalize();
    }
}
