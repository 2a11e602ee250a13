package lexsite.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lexsite.model.Library;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of test documents with the two engines the tie tests compare: the command line's
 * {@link SiteSearcher} over the index, and engine.js under Node over its static export.
 */
final class ExportedIndex implements AutoCloseable {

    final DirectoryReader reader;
    final SiteSearcher searcher;
    final NodeEngine engine;

    private ExportedIndex(DirectoryReader reader, SiteSearcher searcher, NodeEngine engine) {
        this.reader = reader;
        this.searcher = searcher;
        this.engine = engine;
    }

    /** Indexes {@code docs} in their order (so their document numbers are their positions) and exports them. */
    static ExportedIndex of(List<SearchDocument> docs, String name) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        new SearchIndexBuilder("en").write(docs, new Library(List.of(), List.of(), List.of(), List.of()), name, directory);
        DirectoryReader reader = DirectoryReader.open(directory);
        return new ExportedIndex(reader, new SiteSearcher(directory, SiteSearcher.Marks.BRACKETS),
                new NodeEngine(reader, Files.createTempDirectory(Path.of("target"), name + "-site")));
    }

    /** A law document with no citation or chapter, its text as given. */
    static SearchDocument law(String id, String text) {
        return new SearchDocument(id, SearchDocument.Kind.LAW, "act", "en", null, "Clause", text, null, List.of(),
                "acts/act/" + id + ".html");
    }

    @Override
    public void close() throws IOException {
        reader.close();
        searcher.close(); // and the directory
    }
}
