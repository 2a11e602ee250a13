package lexsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import lexsite.diagnostics.Diagnostics;
import lexsite.pipeline.ActCacheFolder;
import lexsite.pipeline.Pipeline;
import lexsite.publish.SiteBuild;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serve session shows an edit first as a preview, then as the full build's site; a failed build leaves the last good
 * site served with the error over it.
 */
class ServeSessionTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String TEXT = "content/acts/foreigners-act/en/2025-06-30.txt";

    @Test
    void anEditIsPreviewedThenBuiltAndAFailedBuildLeavesTheLastGoodSite(@TempDir Path project) throws Exception {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        var original = new Pipeline(project.resolve("content"), project).run(new Diagnostics());
        ServeSession session = new ServeSession(new SiteBuild(project, project.resolve("site"), false, true,
                ActCacheFolder.of(project, true)),
                new QuickPreview(project, project.resolve("site")), true);
        try (PreviewServer server = PreviewServer.start(project.resolve("site"), null, 0, session.live(), session.preview())) {
            session.build();
            assertTrue(state(server).contains("\"builds\":1,\"error\":null"), state(server));

            ArticleEdit.appendToFirstLine(project.resolve(TEXT), original, "art_24", "lexsiteserved");
            session.changed();
            assertTrue(page(server).contains("lexsiteserved"), "the edit is not previewed at once");
            session.awaitBuilds();
            assertTrue(Files.readString(project.resolve("site/acts/foreigners-act/art_24.html")).contains("lexsiteserved"));
            assertFalse(session.preview().showing(), "the preview outlived the full build");
            assertTrue(state(server).contains("\"builds\":3,\"error\":null"), "a preview, then the build: " + state(server));

            Path text = project.resolve(TEXT);
            Files.writeString(text, Files.readString(text) + "\u0000");
            session.changed();
            session.awaitBuilds();
            assertTrue(page(server).contains("lexsiteserved"), "the last good site is no longer served");
            String failed = state(server);
            assertTrue(failed.contains("\"builds\":3,") && failed.contains(TEXT), failed);
        }
    }

    private static String page(PreviewServer server) throws IOException, InterruptedException {
        return get(server, "acts/foreigners-act/art_24.html");
    }

    private static String state(PreviewServer server) throws IOException, InterruptedException {
        return get(server, "_lexsite/state");
    }

    private static String get(PreviewServer server, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
