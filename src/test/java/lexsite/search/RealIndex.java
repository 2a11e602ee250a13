package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import lexsite.diagnostics.Diagnostics;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;

/** The index of the project's real content, built once per JVM; each caller gets its own copy to open and close. */
public final class RealIndex {

    private static ByteBuffersDirectory built;

    private RealIndex() {
    }

    public static synchronized Directory copy() {
        try {
            if (built == null) {
                Diagnostics diagnostics = new Diagnostics();
                ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
                assertNotNull(content, () -> diagnostics.sorted().toString());
                built = new ByteBuffersDirectory();
                new SearchIndexBuilder("en").write(content, "test", built);
            }
            ByteBuffersDirectory copy = new ByteBuffersDirectory();
            for (String file : built.listAll()) copy.copyFrom(built, file, file, IOContext.DEFAULT);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
