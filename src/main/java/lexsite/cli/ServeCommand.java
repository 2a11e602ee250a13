package lexsite.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import lexsite.pipeline.ActCacheFolder;
import lexsite.publish.SiteBuild;
import lexsite.serve.LiveReload;
import lexsite.serve.ContentWatcher;
import lexsite.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Builds the site, serves it for preview and rebuilds it whenever content/ or templates/ change.")
final class ServeCommand implements Callable<Integer> {

    // Editors save in bursts (a temporary file, a rename, a touch); wait for the burst to end before rebuilding.
    private static final Duration QUIET_BEFORE_REBUILD = Duration.ofMillis(300);

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--host", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = PreviewServer.LOOPBACK;

    @Option(names = "--port", description = "The port to listen on; 0 takes any free port (default: ${DEFAULT-VALUE}).")
    int port = 8000;

    @Option(names = "--out", description = "Where the site goes (default: site/ in the project).")
    Path out;

    @Option(names = "--quiet", description = "Print errors only.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : options.project.resolve("site");
        List<Path> watched = watchedFolders();
        for (Path folder : watched) {
            if (target.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) {
                // Each build would change the folder it watches and start the next one.
                System.err.println("error: --out must not lie inside " + folder + ": each build would start the next");
                return 2;
            }
        }
        warnUnlessLoopback();
        // The acts stay in memory between rebuilds: an edit parses again only the act it touched.
        SiteBuild build = new SiteBuild(options.project, target, options.strict, ActCacheFolder.of(options.project, true))
                .quiet(quiet);
        LiveReload live = new LiveReload();
        try (PreviewServer server = PreviewServer.start(target, host, port, live);
             ContentWatcher watcher = ContentWatcher.start(watched, QUIET_BEFORE_REBUILD, () -> rebuild(build, live))) {
            // The last site built is served at once; the first build runs while it is, and replaces it when done.
            System.out.println("serving " + target + " at " + server.uri()
                    + (Files.isDirectory(target) ? " (the last site built, until this build ends)" : " (once this build ends)"));
            System.out.println("watching " + watched + "; press Ctrl-C to stop");
            runBuild(build, live);
            new CountDownLatch(1).await(); // until Ctrl-C ends the JVM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private List<Path> watchedFolders() {
        return Stream.of(options.project.resolve("content"), options.project.resolve("templates"))
                .filter(Files::isDirectory)
                .toList();
    }

    private void warnUnlessLoopback() throws IOException {
        if (InetAddress.getByName(host).isLoopbackAddress()) return;
        System.err.println("WARNING: --host " + host + " is not a loopback address: other machines on the network can"
                + " reach this preview server. It is made for previewing on this machine, not for publishing.");
    }

    private static void rebuild(SiteBuild build, LiveReload live) {
        System.out.println();
        System.out.println("change seen: rebuilding");
        runBuild(build, live);
    }

    /**
     * Builds, one build at a time (the first one and the watcher's); on failure the diagnostics are printed, and shown
     * in the served pages, and the previous site stays in place and served.
     */
    private static synchronized void runBuild(SiteBuild build, LiveReload live) {
        try {
            SiteBuild.Outcome outcome = build.runFor(System.out, System.err);
            if (outcome.exit() == 0) {
                live.built();
                return;
            }
            live.failed(String.join("\n", outcome.errors().stream().map(Object::toString).toList()));
            System.err.println("serving the previous site, if any");
        } catch (UncheckedIOException e) {
            String message = "build failed: " + e.getMessage() + ": " + e.getCause().getMessage();
            System.err.println(message);
            live.failed(message);
            System.err.println("serving the previous site, if any");
        }
    }
}
