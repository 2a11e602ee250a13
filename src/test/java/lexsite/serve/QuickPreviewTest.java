package lexsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import lexsite.diagnostics.Diagnostics;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.publish.SiteBuild;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's quick preview shows an edited article's page as the full build will write it, and nothing it cannot. */
class QuickPreviewTest {

    private static final String TEXT = "content/acts/foreigners-act/en/2025-06-30.txt";
    private static final String PAGE = "acts/foreigners-act/art_24.html";

    private static ResolvedContent built; // the real content, as the last good build made it: the same in every copy
    @TempDir
    Path project;
    private QuickPreview quick;

    @BeforeAll
    static void realContentResolvedOnce() {
        built = new Pipeline(Path.of("content"), Path.of(".")).run(new Diagnostics());
    }

    @BeforeEach
    void aCopyOfTheProject() throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        quick = new QuickPreview(project);
    }

    @Test
    void anEditedArticleIsPreviewedExactlyAsTheFullBuildWritesIt() throws IOException {
        appendToALineOf("art_24", "lexsitepreviewed");
        Map<String, byte[]> preview = quick.pagesChangedSince(built);
        assertEquals(Set.of(PAGE), preview.keySet(), "only the edited article's page");
        assertTrue(new String(preview.get(PAGE), StandardCharsets.UTF_8).contains("lexsitepreviewed"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new SiteBuild(project, project.resolve("site"), false)
                .run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        // The note on how sure the number is gives the last alignment's evidence, which the edit can change (here: one
        // citation fewer fits the article's words); the full build a moment later aligns afresh. All else is exact.
        String full = Files.readString(project.resolve("site").resolve(PAGE));
        String previewed = new String(preview.get(PAGE), StandardCharsets.UTF_8);
        assertEquals(withoutNumberNote(full), withoutNumberNote(previewed), "the preview differs from the page the full build wrote");
    }

    @Test
    void nothingChangedPreviewsNothing() {
        assertEquals(Map.of(), quick.pagesChangedSince(built));
    }

    @Test
    void aTemplateChangeAloneWaitsForTheFullBuild() throws IOException {
        Path template = project.resolve("templates/article.ftlh");
        Files.writeString(template, Files.readString(template) + "\n<#-- edited -->\n");
        assertEquals(Map.of(), quick.pagesChangedSince(built));
    }

    @Test
    void aTemplateChangedWithTheTextIsReadAgain() throws IOException {
        appendToALineOf("art_24", "lexsitefirst");
        assertEquals(Set.of(PAGE), quick.pagesChangedSince(built).keySet());
        Path template = project.resolve("templates/article.ftlh");
        String original = Files.readString(template);
        assertTrue(original.contains("</nav>"), "article.ftlh has no </nav>");
        Files.writeString(template, original.replaceFirst("</nav>", "</nav><p>lexsite-template-edit</p>"));
        byte[] page = quick.pagesChangedSince(built).get(PAGE);
        assertTrue(new String(page, StandardCharsets.UTF_8).contains("lexsite-template-edit"), "the preview kept the old template");
    }

    @Test
    void aTextThatNoLongerParsesPreviewsNothing() throws IOException {
        Path text = project.resolve(TEXT);
        Files.writeString(text, Files.readString(text) + "\u0000"); // refused by the loader, with file and line
        assertEquals(Map.of(), quick.pagesChangedSince(built));
    }

    /** The page without its one {@code <div class="number-note">}, which holds no other div. */
    private static String withoutNumberNote(String page) {
        int start = page.indexOf("<div class=\"number-note\">");
        int end = page.indexOf("</div>", start);
        assertTrue(start >= 0 && page.substring(start + 1, end).indexOf("<div") < 0, "the page has no simple number note");
        return page.substring(0, start) + page.substring(end);
    }

    private void appendToALineOf(String articleId, String word) throws IOException {
        ArticleEdit.appendToFirstLine(project.resolve(TEXT), built, articleId, word);
    }
}
