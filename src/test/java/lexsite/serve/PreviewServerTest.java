package lexsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lexsite.publish.SiteWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real server on a free port, serving a site in a temporary folder with a secret file beside it. */
class PreviewServerTest {

    private static final String SECRET = "SECRET-BESIDE-THE-SITE";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path base;
    private Path site;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        site = base.resolve("site");
        write("index.html", "<h1>home</h1>");
        write("guides/index.html", "<h1>guides</h1>");
        write("404.html", "<h1>no such page</h1>");
        write("style.css", "body{}");
        write("app.js", "let a;");
        write("data/act.json", "{}");
        write("icon.svg", "<svg/>");
        write("icon.png", "png");
        write("site.webmanifest", "{}");
        write("blob.unknownext", "?");
        Files.writeString(base.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("leak.txt"), base.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), base);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        server = PreviewServer.start(site, null, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheIndexOfTheRootAndOfAFolder() throws Exception {
        assertHtml(200, "<h1>home</h1>", get("/"));
        assertHtml(200, "<h1>guides</h1>", get("/guides/"));
    }

    @Test
    void redirectsAFolderWithoutItsSlashSoRelativeLinksWork() throws Exception {
        HttpResponse<String> response = get("/guides");
        assertEquals(301, response.statusCode());
        assertEquals("/guides/", header(response, "Location"));
    }

    @Test
    void namesTheContentTypeByExtension() throws Exception {
        assertEquals("text/css; charset=utf-8", contentType("/style.css"));
        assertEquals("text/javascript; charset=utf-8", contentType("/app.js"));
        assertEquals("application/json; charset=utf-8", contentType("/data/act.json"));
        assertEquals("image/svg+xml; charset=utf-8", contentType("/icon.svg"));
        assertEquals("image/png", contentType("/icon.png"));
        assertEquals("application/manifest+json; charset=utf-8", contentType("/site.webmanifest"));
        assertEquals("application/octet-stream", contentType("/blob.unknownext"));
    }

    @Test
    void sendsTheSecurityHeadersOnEveryAnswer() throws Exception {
        for (HttpResponse<String> response : List.of(get("/"), get("/missing"), send("POST", "/"), get("/%2e%2e/x"))) {
            assertEquals("nosniff", header(response, "X-Content-Type-Options"));
            assertEquals("no-store", header(response, "Cache-Control"));
            assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
                    header(response, "Content-Security-Policy"));
        }
    }

    @Test
    void headAnswersLikeGetWithoutTheBody() throws Exception {
        HttpResponse<String> response = send("HEAD", "/style.css");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals("text/css; charset=utf-8", header(response, "Content-Type"));
        assertEquals("6", header(response, "Content-Length"));
    }

    @Test
    void refusesOtherMethods() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> response = send(method, "/index.html");
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", header(response, "Allow"));
        }
    }

    @Test
    void answersUnknownPathsWithTheSitesNotFoundPage() throws Exception {
        assertHtml(404, "<h1>no such page</h1>", get("/no/such/page.html"));
    }

    @Test
    void answersUnknownPathsWithPlainTextWhenTheSiteHasNoNotFoundPage() throws Exception {
        Files.delete(site.resolve("404.html"));
        HttpResponse<String> response = get("/no/such/page.html");
        assertEquals(404, response.statusCode());
        assertEquals("404 not found\n", response.body());
    }

    @Test
    void followsLinksThatStayInsideTheSite() throws Exception {
        assertEquals("<h1>home</h1>", get("/home.html").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/./../secret.txt",
        "/guides/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2e/secret.txt",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/guides/%2e%2e/%2e%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/%252E%252E%252Fsecret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/%2e%2e%5Csecret.txt",
        "/..\\secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/../secret.txt%00",
        "/../secret.txt%00.html",
        "/%00",
        "/leak.txt",
        "/outside/secret.txt",
        "/outside/site/../secret.txt",
        "http://127.0.0.1/../secret.txt",
        "ABSOLUTE",
        "/ABSOLUTE",
        "/%2fABSOLUTE",
        "//ABSOLUTE",
    })
    void neverServesAFileOutsideTheSite(String target) throws IOException {
        String absolute = base.resolve("secret.txt").toAbsolutePath().toString().substring(1);
        String response = rawGet(target.replace("ABSOLUTE", absolute));
        int status = Integer.parseInt(response.substring(9, 12));
        assertTrue(status == 400 || status == 404, response);
        assertFalse(response.contains(SECRET), response);
    }

    @Test
    void theSecretIsReadableSoTheTraversalTestsMeanSomething() throws IOException {
        assertEquals(SECRET, Files.readString(site.resolve("leak.txt")));
        assertTrue(rawGet("/./index.html").startsWith("HTTP/1.1 400"), "dot segments are refused, not normalised");
        assertTrue(rawGet("/index.html").contains("<h1>home</h1>"), "the raw client reads bodies");
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertEquals("127.0.0.1", server.uri().getHost());
        assertTrue(server.uri().getPort() > 0);
    }

    @Test
    void bindsToTheNamedLoopbackAddress() throws Exception {
        try (PreviewServer named = PreviewServer.start(site, "localhost", 0)) {
            String host = named.uri().getHost();
            assertTrue(InetAddress.getByName(host).isLoopbackAddress(), host);
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(named.uri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("<h1>home</h1>", response.body());
        }
    }

    @Test
    void servesASiteFolderSwappedInBetweenRequests() throws Exception {
        assertEquals("<h1>home</h1>", get("/").body());
        try (SiteWriter next = new SiteWriter(site)) {
            next.write("index.html", "<h1>rebuilt</h1>");
            next.commit();
        }
        assertEquals("<h1>rebuilt</h1>", get("/").body());
        assertEquals(404, get("/style.css").statusCode());
    }

    @Test
    void saysTheSiteIsBeingBuiltWhileItsFolderIsAway() throws Exception {
        Files.move(site, base.resolve("site.old"));
        HttpResponse<String> response = get("/");
        assertEquals(503, response.statusCode());
        assertEquals("1", header(response, "Retry-After"));
    }

    private static void assertHtml(int status, String body, HttpResponse<String> response) {
        assertEquals(status, response.statusCode());
        assertEquals(body, response.body());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(URI.create(path)))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String contentType(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return header(response, "Content-Type");
    }

    /** Sends the request target byte for byte: HttpClient would normalise or refuse many of these paths. */
    private String rawGet(String target) throws IOException {
        URI uri = server.uri();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
