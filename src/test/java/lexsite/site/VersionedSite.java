package lexsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lexsite.publish.SiteBuild;
import org.apache.commons.io.FileUtils;

/**
 * A site of an act in three versions (src/test/resources/lexsite/history/project: the made-up Markets Act), built once
 * per JVM into target/test-versions-site with the real templates, for the tests of version pages and comparisons.
 */
public final class VersionedSite {

    private static final Path PROJECT = Path.of("target/test-versions-project");
    private static Path root;

    private VersionedSite() {
    }

    public static synchronized Path root() {
        if (root == null) root = build();
        return root;
    }

    private static Path build() {
        try {
            FileUtils.deleteDirectory(PROJECT.toFile());
            FileUtils.copyDirectory(Path.of("src/test/resources/lexsite/history/project").toFile(), PROJECT.toFile());
            FileUtils.copyDirectory(Path.of("templates").toFile(), PROJECT.resolve("templates").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
        Path out = Path.of("target/test-versions-site");
        int exit = new SiteBuild(PROJECT, out, false).run(stream, stream);
        assertEquals(0, exit, () -> "the versioned site did not build:\n" + log.toString(StandardCharsets.UTF_8));
        return out.toAbsolutePath().normalize();
    }
}
