package lexsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigFileTest {

    @TempDir
    Path project;

    private ContentError errorFor(String yaml) throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/site.yaml"), yaml);
        return assertThrows(ContentError.class, () -> new ContentLoader(project.resolve("content"), project).loadSiteConfig());
    }

    @Test
    void readsTheSettings() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/site.yaml"),
                "title: T\ntagline: A tagline\nlanguage: en\nbase-url: https://example.org/site/\n");
        var config = new ContentLoader(project.resolve("content"), project).loadSiteConfig();
        assertEquals("https://example.org/site/", config.baseUrl());
    }

    @Test
    void aBaseUrlThatIsNotHttpsNamesItsLine() throws IOException {
        ContentError e = errorFor("title: T\ntagline: A tagline\nlanguage: en\nbase-url: http://example.org/site\n");
        assertEquals("content/site.yaml", e.file());
        assertEquals(4, e.line());
    }

    @Test
    void anUnknownKeyIsRefused() throws IOException {
        ContentError e = errorFor("title: T\ntagline: A tagline\nlanguage: en\nbase-url: https://example.org/\ncolour: red\n");
        assertEquals(5, e.line());
    }

    @Test
    void aMissingFileIsNamed() {
        ContentError e = assertThrows(ContentError.class, () -> new ContentLoader(project.resolve("content"), project).loadSiteConfig());
        assertEquals("content/site.yaml", e.file());
    }
}
