package lexsite.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import lexsite.serve.PreviewServer;

/** The two ways a reader gets the site: opened from disk, or from a web server. Links must work in both. */
public enum Delivery {
    FILE {
        @Override
        public OpenSite open(Path root) {
            return new OpenSite(root.toUri(), () -> { });
        }
    },
    HTTP {
        @Override
        public OpenSite open(Path root) {
            try {
                PreviewServer server = PreviewServer.start(root, "127.0.0.1", 0);
                return new OpenSite(server.uri(), server::close);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the preview server on " + root, e);
            }
        }
    };

    public abstract OpenSite open(Path root);

    /** A site being delivered; {@link #close()} stops its server, if it has one. */
    public record OpenSite(URI base, Runnable stop) implements AutoCloseable {

        /** The address of a file of the site, given by its path inside the site. */
        public String page(String relative) {
            return base.resolve(relative).toString();
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
