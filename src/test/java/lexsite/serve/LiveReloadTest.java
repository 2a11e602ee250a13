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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` adds its reload script to the pages it sends, never to the files, and reports each rebuild to them. */
class LiveReloadTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void pagesCarryTheScriptAndTheFilesDoNot(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<html><body><h1>home</h1></body></html>");
        Files.writeString(site.resolve("site.css"), "body{}");
        LiveReload live = new LiveReload();
        try (PreviewServer server = PreviewServer.start(site, null, 0, live)) {
            HttpResponse<String> home = get(server, "index.html");
            String etag = home.headers().firstValue("ETag").orElseThrow();
            assertEquals("<html><body><h1>home</h1>" + LiveReload.tag(etag) + "</body></html>", home.body());
            assertEquals("body{}", get(server, "site.css").body(), "only HTML gets the script");
            HttpResponse<String> script = get(server, "_lexsite/live-reload.js");
            assertEquals(200, script.statusCode());
            assertTrue(script.body().contains("location.reload()"), script.body());
        }
        assertFalse(Files.readString(site.resolve("index.html")).contains("_lexsite"), "the script was written into the site");
        try (PreviewServer plain = PreviewServer.start(site, null, 0)) {
            assertFalse(get(plain, "index.html").body().contains("_lexsite"), "a server without a session must serve files as they are");
        }
    }

    @Test
    void theStateCountsGoodBuildsAndHoldsTheLastFailure(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>x</p>");
        LiveReload live = new LiveReload();
        try (PreviewServer server = PreviewServer.start(site, null, 0, live)) {
            assertEquals("{\"builds\":0,\"error\":null,\"news\":0}", get(server, "_lexsite/state").body());
            live.built();
            live.failed("content/acts/a/act.yaml:3: error: bad date [content]");
            assertEquals("{\"builds\":1,\"error\":\"content/acts/a/act.yaml:3: error: bad date [content]\",\"news\":2}",
                    get(server, "_lexsite/state").body());
            live.built();
            assertEquals("{\"builds\":2,\"error\":null,\"news\":3}", get(server, "_lexsite/state").body());
        }
    }

    @Test
    void askingWithTheStateSeenWaitsForNews(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>x</p>");
        LiveReload live = new LiveReload();
        try (PreviewServer server = PreviewServer.start(site, null, 0, live)) {
            assertEquals("{\"builds\":0,\"error\":null,\"news\":0}", get(server, "_lexsite/state?seen=7").body(),
                    "news other than the state seen comes at once");
            var answer = CLIENT.sendAsync(HttpRequest.newBuilder(URI.create(server.uri() + "_lexsite/state?seen=0")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(answer.isDone(), "the state seen was answered before there was news");
            live.built();
            assertEquals("{\"builds\":1,\"error\":null,\"news\":1}", answer.get(5, java.util.concurrent.TimeUnit.SECONDS).body());
        }
    }

    @Test
    void eachPageSaysItIsOpenWhenItAsks(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>x</p>");
        LiveReload live = new LiveReload();
        try (PreviewServer server = PreviewServer.start(site, null, 0, live)) {
            get(server, "_lexsite/state?page=%2Facts%2Fa%2Fart_1.html");
            get(server, "_lexsite/state?page=%2F");
            get(server, "_lexsite/state?page=%2Fguides%2F&seen=99");
            get(server, "_lexsite/state?page=no-slash.html");
            assertEquals(java.util.Set.of("acts/a/art_1.html", "index.html", "guides/index.html"), live.viewed());
        }
    }

    @Test
    void aPageKeepsItsETagUntilItsBytesChange(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>one</p>");
        Files.writeString(site.resolve("other.html"), "<p>other</p>");
        try (PreviewServer server = PreviewServer.start(site, null, 0, new LiveReload())) {
            String home = etag(server, "index.html"), other = etag(server, "other.html");
            assertEquals(home, etag(server, "index.html"));
            Files.writeString(site.resolve("index.html"), "<p>two</p>");
            assertFalse(home.equals(etag(server, "index.html")), "a changed page kept its ETag, so it would not reload");
            assertEquals(other, etag(server, "other.html"), "an unchanged page would reload");
        }
    }

    @Test
    void aPreviewedPageIsServedInPlaceOfItsFileUntilABuildIncludingItsChangeEnds(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<p>built</p>");
        PreviewOverlay preview = new PreviewOverlay();
        try (PreviewServer server = PreviewServer.start(site, null, 0, new LiveReload(), preview)) {
            preview.show(java.util.Map.of("index.html", "<p>previewed</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 2);
            assertTrue(get(server, "").body().startsWith("<p>previewed</p>"));
            assertFalse(preview.clearUpTo(1), "a build of the changes before the previewed one ended its preview");
            assertTrue(get(server, "").body().startsWith("<p>previewed</p>"));
            assertTrue(preview.clearUpTo(2));
            assertTrue(get(server, "").body().startsWith("<p>built</p>"));
        }
    }

    private static String etag(PreviewServer server, String path) throws IOException, InterruptedException {
        HttpRequest head = HttpRequest.newBuilder(URI.create(server.uri() + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.send(head, HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
    }

    private static HttpResponse<String> get(PreviewServer server, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
