package lexsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose JVM has too little heap says so in plain words, exits 1 and leaves the previous site as it was. */
class OutOfMemoryTest {

    @Test
    void aHeapTooSmallIsAPlainErrorAndTheSiteStays(@TempDir Path project) throws Exception {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        Path page = Files.createDirectories(project.resolve("site")).resolve("index.html");
        Files.writeString(page, "<p>the previous site</p>");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process build = new ProcessBuilder(List.of(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                "lexsite.cli.Lexsite", "build", "--project", project.toString(), "--quiet"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(build.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "the build did not end");

        assertEquals(1, build.exitValue(), err);
        // (the test classpath has log4j, which Freemarker finds and warns about; the jar has none)
        assertTrue(err.lines().anyMatch(l -> l.startsWith("error: the work needs more memory than the JVM's 24 MB heap")), err);
        assertTrue(!err.contains("\tat "), "a stack trace: " + err);
        assertEquals("<p>the previous site</p>", Files.readString(page));
    }
}
