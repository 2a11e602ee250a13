package lexsite.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site over HTTP for previewing it in a browser. It is meant for one maintainer's machine:
 * it binds to the loopback address unless asked for another, and answers GET and HEAD only.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where the server listens when the caller names no host. */
    public static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final ExecutorService threads;

    private PreviewServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving {@code siteRoot}, which need not exist yet.
     *
     * @param host the address to bind to; {@code null} means {@value #LOOPBACK}
     * @param port the port; 0 takes any free one
     */
    public static PreviewServer start(Path siteRoot, String host, int port) throws IOException {
        return start(siteRoot, host, port, null);
    }

    /**
     * Starts serving {@code siteRoot} with {@code live}'s script in every page, so the browser reloads after each
     * rebuild and shows a failed one's errors.
     */
    public static PreviewServer start(Path siteRoot, String host, int port, LiveReload live) throws IOException {
        return start(siteRoot, host, port, live, null);
    }

    /** As {@link #start(Path, String, int, LiveReload)}, serving {@code preview}'s pages in place of the files'. */
    public static PreviewServer start(Path siteRoot, String host, int port, LiveReload live, PreviewOverlay preview)
            throws IOException {
        InetAddress address = InetAddress.getByName(host == null ? LOOPBACK : host);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        // A thread per request in flight: each open page keeps one request waiting for news (LiveReload's long poll).
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lexsite-preview");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new SiteHandler(siteRoot, live, preview));
        server.setExecutor(threads);
        server.start();
        return new PreviewServer(server, threads);
    }

    /** The address the server answers at, with the port it bound to, e.g. {@code http://127.0.0.1:54321/}. */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        InetAddress address = bound.getAddress();
        // An IPv6 literal goes in brackets, and without its scope (%lo), which a URI cannot hold.
        String host = address instanceof Inet6Address ? "[" + address.getHostAddress().replaceFirst("%.*", "") + "]"
                : address.getHostAddress();
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
