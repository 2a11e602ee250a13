package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that goes wrong in render or in its link check names the file and leaves the previous site in place. */
class SiteBuildTest {

    @TempDir
    static Path project;
    private static byte[] homeBefore;

    @BeforeAll
    static void buildOnce() throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        assertEquals(0, build(new ByteArrayOutputStream()));
        homeBefore = Files.readAllBytes(project.resolve("site/index.html"));
    }

    private static int build(ByteArrayOutputStream err) {
        return new SiteBuild(project, project.resolve("site"), false)
                .run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String replaceIn(String template, String from, String to) throws IOException {
        Path file = project.resolve("templates").resolve(template);
        String original = Files.readString(file);
        assertTrue(original.contains(from), template + " has no '" + from + "'");
        Files.writeString(file, original.replace(from, to));
        return original;
    }

    private static void assertPreviousSiteIntact() throws IOException {
        assertEquals(new String(homeBefore, StandardCharsets.UTF_8), Files.readString(project.resolve("site/index.html")));
        try (var siblings = Files.list(project)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site")).count(), "a staging folder was left behind");
        }
    }

    @Test
    void aBrokenLinkStopsTheBuildNamingThePage() throws IOException {
        String original = replaceIn("404.ftlh", "<h1>Page not found</h1>", "<h1>Page not found</h1><a href=\"nowhere.html#x\">x</a>");
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(1, build(err));
            String printed = err.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("site/404.html:0: error: 'nowhere.html#x'"), printed);
            assertPreviousSiteIntact();
        } finally {
            Files.writeString(project.resolve("templates/404.ftlh"), original);
        }
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() throws IOException {
        String original = replaceIn("404.ftlh", "<h1>Page not found</h1>", "<h1>${noSuchValue}</h1>");
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(1, build(err));
            String printed = err.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("templates/404.ftlh:3: error: template error"), printed);
            assertPreviousSiteIntact();
        } finally {
            Files.writeString(project.resolve("templates/404.ftlh"), original);
        }
    }

    @Test
    void aMissingTemplateIsNamed() throws IOException {
        Path file = project.resolve("templates/glossary.ftlh");
        byte[] original = Files.readAllBytes(file);
        Files.delete(file);
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(1, build(err));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("templates/glossary.ftlh:0: error: template not found"), err.toString());
            assertPreviousSiteIntact();
        } finally {
            Files.write(file, original);
        }
    }
}
