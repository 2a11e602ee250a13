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
import lexsite.publish.SiteBuild;
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
        SiteBuild build = new SiteBuild(options.project, target, options.strict);
        runBuild(build);
        try (PreviewServer server = PreviewServer.start(target, host, port);
             ContentWatcher watcher = ContentWatcher.start(watched, QUIET_BEFORE_REBUILD, () -> rebuild(build))) {
            System.out.println("serving " + target + " at " + server.uri());
            System.out.println("watching " + watched + "; press Ctrl-C to stop");
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

    private static void rebuild(SiteBuild build) {
        System.out.println();
        System.out.println("change seen: rebuilding");
        runBuild(build);
    }

    /** Builds; on failure the diagnostics are printed and the previous site stays in place and served. */
    private static void runBuild(SiteBuild build) {
        try {
            if (build.run(System.out, System.err) != 0) System.err.println("serving the previous site, if any");
        } catch (UncheckedIOException e) {
            System.err.println("build failed: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.err.println("serving the previous site, if any");
        }
    }
}
