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

/**
 * serve's quick preview shows an edited article's page as the full build will write it, a template's or stylesheet's
 * edit in the article pages open in a browser, and nothing the served site has already or a preview cannot show.
 */
class QuickPreviewTest {

    private static final String TEXT = "content/acts/foreigners-act/en/2025-06-30.txt";
    private static final String PAGE = "acts/foreigners-act/art_24.html";
    private static final String OTHER_PAGE = "acts/foreigners-act/art_25.html";

    @TempDir
    static Path builtOnce;
    private static ResolvedContent built; // the real content, as the last good build made it

    @TempDir
    Path project;
    private QuickPreview quick;

    @BeforeAll
    static void realContentBuiltOnce() throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), builtOnce.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), builtOnce.resolve("templates").toFile());
        built = new Pipeline(builtOnce.resolve("content"), builtOnce).run(new Diagnostics());
        assertEquals(0, build(builtOnce));
    }

    @BeforeEach
    void aCopyOfTheBuiltProject() throws IOException {
        for (String folder : new String[] {"content", "templates", "site"}) {
            FileUtils.copyDirectory(builtOnce.resolve(folder).toFile(), project.resolve(folder).toFile());
        }
        quick = new QuickPreview(project, project.resolve("site"));
    }

    @Test
    void anEditedArticleIsPreviewedExactlyAsTheFullBuildWritesIt() throws IOException {
        appendToALineOf("art_24", "lexsitepreviewed");
        Map<String, byte[]> preview = quick.pagesChangedSince(built, Set.of());
        assertEquals(Set.of(PAGE), preview.keySet(), "only the edited article's page");
        assertTrue(new String(preview.get(PAGE), StandardCharsets.UTF_8).contains("lexsitepreviewed"));

        assertEquals(0, build(project));
        // The note on how sure the number is gives the last alignment's evidence, which the edit can change (here: one
        // citation fewer fits the article's words); the full build a moment later aligns afresh. All else is exact.
        String full = Files.readString(project.resolve("site").resolve(PAGE));
        String previewed = new String(preview.get(PAGE), StandardCharsets.UTF_8);
        assertEquals(withoutNumberNote(full), withoutNumberNote(previewed), "the preview differs from the page the full build wrote");
    }

    @Test
    void nothingChangedPreviewsNothingEvenForAnOpenPage() {
        assertEquals(Map.of(), quick.pagesChangedSince(built, Set.of(PAGE, "index.html")));
    }

    @Test
    void aTemplateEditShowsInTheOpenArticlePagesAndWaitsForTheBuildElsewhere() throws IOException {
        editTemplate("lexsite-template-edit");
        Map<String, byte[]> preview = quick.pagesChangedSince(built, Set.of(PAGE, "index.html", "no/such/page.html"));
        assertEquals(Set.of(PAGE), preview.keySet(), "the open article page only: the home page is not an article's");
        assertTrue(new String(preview.get(PAGE), StandardCharsets.UTF_8).contains("lexsite-template-edit"));
        assertEquals(Map.of(), quick.pagesChangedSince(built, Set.of()), "no page open, nothing to preview");
    }

    @Test
    void aStylesheetEditIsPreviewed() throws IOException {
        Path css = project.resolve("templates/assets/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* lexsite-css-edit */\n");
        Map<String, byte[]> preview = quick.pagesChangedSince(built, Set.of(OTHER_PAGE));
        assertEquals(Set.of("assets/site.css"), preview.keySet());
        assertTrue(new String(preview.get("assets/site.css"), StandardCharsets.UTF_8).endsWith("/* lexsite-css-edit */\n"));
    }

    @Test
    void aTemplateChangedWithTheTextIsReadAgain() throws IOException {
        appendToALineOf("art_24", "lexsitefirst");
        assertEquals(Set.of(PAGE), quick.pagesChangedSince(built, Set.of()).keySet());
        editTemplate("lexsite-template-edit");
        byte[] page = quick.pagesChangedSince(built, Set.of()).get(PAGE);
        assertTrue(new String(page, StandardCharsets.UTF_8).contains("lexsite-template-edit"), "the preview kept the old template");
    }

    @Test
    void aTextThatNoLongerParsesPreviewsNothing() throws IOException {
        Path text = project.resolve(TEXT);
        Files.writeString(text, Files.readString(text) + "\u0000"); // refused by the loader, with file and line
        assertEquals(Map.of(), quick.pagesChangedSince(built, Set.of(PAGE)));
    }

    private static int build(Path root) {
        return new SiteBuild(root, root.resolve("site"), false)
                .run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private void editTemplate(String marker) throws IOException {
        Path template = project.resolve("templates/article.ftlh");
        String original = Files.readString(template);
        assertTrue(original.contains("</nav>"), "article.ftlh has no </nav>");
        Files.writeString(template, original.replaceFirst("</nav>", "</nav><p>" + marker + "</p>"));
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
