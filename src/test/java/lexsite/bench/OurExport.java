package lexsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lexsite.search.export.SearchExport;
import org.apache.commons.io.FileUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/** The static export of a corpus's Lucene index into its site's search/ folder, as the site build writes it. */
final class OurExport {

    private OurExport() {
    }

    /** Whether this checkout has the browser engine yet. */
    static boolean available(Path project) {
        return Files.isRegularFile(project.resolve("templates/assets/search/engine.js"));
    }

    /** Replaces {@code site}'s search/ folder with the export of {@code index}; returns the milliseconds it took. */
    static long write(Directory index, Path site) {
        try {
            FileUtils.deleteDirectory(site.resolve("search").toFile());
            long started = System.nanoTime();
            try (DirectoryReader reader = DirectoryReader.open(index)) {
                SearchExport.write(reader, (path, text) -> {
                    if (!path.startsWith("search/")) throw new IllegalStateException("an export file outside search/: " + path);
                    try {
                        Path file = site.resolve(path);
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, text, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return (System.nanoTime() - started) / 1_000_000;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
