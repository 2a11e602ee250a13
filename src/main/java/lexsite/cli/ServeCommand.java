package lexsite.cli;

import java.io.IOException;
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
import lexsite.serve.QuickPreview;
import lexsite.serve.ServeSession;
import lexsite.serve.ContentWatcher;
import lexsite.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Builds the site, serves it for preview and rebuilds it whenever content/ or templates/ change.")
final class ServeCommand implements Callable<Integer> {

    // Editors save in bursts (a temporary file, a rename, a touch) within a few milliseconds of each other; wait for
    // the burst to end before rebuilding, but no longer: the wait is part of every edit's delay.
    private static final Duration QUIET_BEFORE_REBUILD = Duration.ofMillis(40);

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
        SiteBuild build = new SiteBuild(options.project, target, options.strict, quiet,
                ActCacheFolder.of(options.project, true));
        ServeSession session = new ServeSession(build, new QuickPreview(options.project, target), quiet);
        try (PreviewServer server = PreviewServer.start(target, host, port, session.live(), session.preview());
             ContentWatcher watcher = ContentWatcher.start(watched, QUIET_BEFORE_REBUILD, session::changed)) {
            // The last site built is served at once; the first build runs while it is, and replaces it when done.
            System.out.println("serving " + target + " at " + server.uri()
                    + (Files.isDirectory(target) ? " (the last site built, until this build ends)" : " (once this build ends)"));
            System.out.println("watching " + watched + "; press Ctrl-C to stop");
            session.build();
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
}
