package lexsite.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves one site folder on the loopback address for the browser measurements, with {@code Cache-Control:
 * no-store} so every page load starts cold, plus the benchmark's own pages (given as strings, outside the site).
 * It logs every file it sends with its size raw and as a server would send it: gzipped at the default level (6),
 * or as it is where gzip would not make it smaller (Pagefind's files are gzipped already).
 */
final class BenchServer implements AutoCloseable {

    /** One file sent: its path from the site root, its size on disk and on the wire. */
    record Sent(String path, long raw, long wire) {
    }

    private final Path root;
    private final Map<String, String> pages;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(6, task -> {
        Thread thread = new Thread(task, "bench-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Sent> log = new ArrayList<>();
    private final Map<Path, Long> wireSizes = new ConcurrentHashMap<>();

    BenchServer(Path root, Map<String, String> pages) {
        this.root = root.toAbsolutePath().normalize();
        this.pages = Map.copyOf(pages);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** The files sent since the last call, oldest first; reading empties the log. */
    synchronized List<Sent> drain() {
        List<Sent> out = List.copyOf(log);
        log.clear();
        return out;
    }

    private synchronized void record(Sent sent) {
        log.add(sent);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/", "");
            String page = pages.get(path);
            if (page != null) {
                send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            // logged before it is sent, so the log holds it by the time the page has it
            record(new Sent(path, body.length, wireSizes.computeIfAbsent(file, f -> wire(body))));
            send(exchange, 200, type(path), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** What a server would send: gzip at the default level, unless the file does not shrink (it is compressed already). */
    static long wire(byte[] body) {
        return Math.min(body.length, gzip(body));
    }

    static long gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }

    private static String type(String path) {
        if (path.endsWith(".html")) return "text/html; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".json")) return "application/json";
        if (path.endsWith(".css")) return "text/css";
        if (path.endsWith(".wasm")) return "application/wasm";
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
