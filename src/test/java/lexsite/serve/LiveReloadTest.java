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
            String page = get(server, "index.html").body();
            assertEquals("<html><body><h1>home</h1>" + LiveReload.TAG + "</body></html>", page);
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
            assertEquals("{\"builds\":0,\"error\":null}", get(server, "_lexsite/state").body());
            live.built();
            live.failed("content/acts/a/act.yaml:3: error: bad date [content]");
            assertEquals("{\"builds\":1,\"error\":\"content/acts/a/act.yaml:3: error: bad date [content]\"}",
                    get(server, "_lexsite/state").body());
            live.built();
            assertEquals("{\"builds\":2,\"error\":null}", get(server, "_lexsite/state").body());
        }
    }

    private static HttpResponse<String> get(PreviewServer server, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.uri() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
