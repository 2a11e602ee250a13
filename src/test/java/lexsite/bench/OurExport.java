package lexsite.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The static export of a corpus's Lucene index into its site's search/ folder, as the site build writes it. */
final class OurExport {

    private OurExport() {
    }

    /** Whether this checkout has the browser engine and its export yet. */
    static boolean available(Path project) {
        return Files.isRegularFile(project.resolve("templates/assets/search/engine.js"));
    }

    /** Writes {@code corpus}'s search/ folder from its Lucene index; returns the milliseconds it took. */
    static long write(BenchCorpus.Corpus corpus) {
        throw new UnsupportedOperationException("the static export is not merged yet");
    }
}
