package lexsite.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Answers GET and HEAD with the files of the site folder. The folder is looked up afresh on every request,
 * because each build swaps a new one in, and each file is read whole, so no handle outlives its request.
 */
final class SiteHandler implements HttpHandler {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final String PLAIN_TEXT = "text/plain; charset=utf-8";

    private final Path siteRoot;
    private final LiveReload live;
    private final PreviewOverlay preview;

    /**
     * @param live    the session to follow; null serves the files as they are
     * @param preview pages served in place of the files of the same path; null for none
     */
    SiteHandler(Path siteRoot, LiveReload live, PreviewOverlay preview) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.live = live;
        this.preview = preview;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-store");
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            respond(exchange);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "405 method not allowed: the preview serves GET and HEAD only\n");
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        if (live != null && rawPath.startsWith(LiveReload.PREFIX)) {
            answerLive(exchange, rawPath.substring(LiveReload.PREFIX.length()), exchange.getRequestURI().getRawQuery());
            return;
        }
        Optional<RequestPath> request = RequestPath.parse(rawPath);
        if (request.isEmpty()) {
            sendText(exchange, 400, "400 bad request: the path is not a plain path inside the site\n");
            return;
        }
        Optional<Path> root = realRoot();
        if (root.isEmpty()) {
            // SiteWriter moves the old site out just before it moves the new one in; a reload will find it.
            exchange.getResponseHeaders().set("Retry-After", "1");
            if (live != null) { // the page reloads itself when the first build is in place
                send(exchange, 503, ContentTypes.of("index.html"), ("<!doctype html><html lang=\"en\"><title>Building</title>"
                        + "<body><p>The site is being built; this page reloads when it is ready.</p></body></html>").getBytes(StandardCharsets.UTF_8));
                return;
            }
            sendText(exchange, 503, "503 the site is being built; try again in a moment\n");
            return;
        }
        Path target = request.get().resolveIn(root.get());
        Optional<Path> folder = realInside(root.get(), target).filter(Files::isDirectory);
        if (folder.isPresent()) {
            if (!request.get().endsWithSlash()) {
                // Relative links in the folder's index.html only work from a URL that ends in a slash. The path
                // was checked above and holds no "//", so the redirect cannot point at another host.
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                sendText(exchange, 301, "301 moved to " + rawPath + "/\n");
                return;
            }
            target = folder.get().resolve("index.html");
        }
        Optional<byte[]> previewed = preview == null ? Optional.empty()
                : preview.page(root.get().relativize(target).toString().replace('\\', '/'));
        if (previewed.isPresent()) {
            send(exchange, 200, ContentTypes.of(target.getFileName().toString()), previewed.get());
            return;
        }
        Optional<byte[]> file = readInside(root.get(), target);
        if (file.isPresent()) {
            send(exchange, 200, ContentTypes.of(target.getFileName().toString()), file.get());
            return;
        }
        Optional<byte[]> notFoundPage = readInside(root.get(), root.get().resolve("404.html"));
        if (notFoundPage.isPresent()) {
            send(exchange, 404, ContentTypes.of("404.html"), notFoundPage.get());
        } else {
            sendText(exchange, 404, "404 not found\n");
        }
    }

    /** The script, and the state ({@link #state}). */
    private void answerLive(HttpExchange exchange, String name, String query) throws IOException {
        switch (name) {
            case "live-reload.js" -> send(exchange, 200, ContentTypes.of(name), LiveReload.script());
            case "state" -> send(exchange, 200, "application/json", state(query).getBytes(StandardCharsets.UTF_8));
            default -> sendText(exchange, 404, "404 not found\n");
        }
    }

    /**
     * The state: at once, or with {@code seen=N} once it is no longer the state numbered N; {@code page=PATH} says
     * which page asks, so that a preview renders the pages open in a browser.
     */
    private String state(String query) {
        Map<String, String> parameters = parameters(query);
        String page = parameters.get("page");
        if (page != null && page.startsWith("/") && page.length() <= 500) {
            String inside = page.substring(1);
            live.viewing(inside.isEmpty() || inside.endsWith("/") ? inside + "index.html" : inside);
        }
        String seen = parameters.get("seen");
        if (seen == null || !seen.matches("\\d{1,18}")) return live.state();
        try {
            return live.stateAfter(Long.parseLong(seen));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
            return live.state();
        }
    }

    /** A query's parameters, decoded; the first of a name repeated. */
    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> out = new java.util.HashMap<>();
        if (rawQuery == null) return out;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            try {
                out.putIfAbsent(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is left out
            }
        }
        return out;
    }

    private Optional<Path> realRoot() {
        try {
            return Optional.of(siteRoot.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The real path of {@code path} when it exists and, with every link followed, still lies inside the root. */
    private static Optional<Path> realInside(Path realRoot, Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The bytes of the regular file at {@code path} when it lies inside the root. Opening the real path without
     * following links refuses a link put in its place since the check; a file a build removed meanwhile is
     * simply not found.
     */
    private static Optional<byte[]> readInside(Path realRoot, Path path) {
        Optional<Path> real = realInside(realRoot, path).filter(Files::isRegularFile);
        if (real.isEmpty()) return Optional.empty();
        try (InputStream in = Files.newInputStream(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (live != null && contentType.startsWith("text/html")) {
            // The page's own ETag, so that after a rebuild only a page whose bytes changed reloads.
            String etag = etag(body);
            exchange.getResponseHeaders().set("ETag", etag);
            body = LiveReload.inject(body, etag);
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            // HEAD answers with the length GET would send; the server itself must be told there is no body.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }
}
