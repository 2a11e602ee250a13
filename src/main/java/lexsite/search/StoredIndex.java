package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lexsite.pipeline.ResolvedContent;
import org.apache.lucene.index.DirectoryReader;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.FSDirectory;

/**
 * The index a build leaves in {@code <project>/.lexsite/index}, outside the published site, with the hash of the
 * content it was built from; {@code lexsite search} uses it while that hash still matches content/.
 */
public final class StoredIndex {

    private final Path project;

    public StoredIndex(Path project) {
        this.project = project;
    }

    public Path folder() {
        return project.resolve(".lexsite").resolve("index");
    }

    /** Writes the index of {@code content}, which must be what content/ holds now. */
    public void write(ResolvedContent content, String siteLanguage) {
        try (Directory built = build(content, siteLanguage)) {
            save(built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of {@code content} (what content/ holds now) in memory, for the export before it is saved. */
    public Directory build(ResolvedContent content, String siteLanguage) {
        Directory directory = new ByteBuffersDirectory();
        new SearchIndexBuilder(siteLanguage).write(content, ContentHash.of(project.resolve("content")), directory);
        return directory;
    }

    /** Replaces the stored index with a copy of {@code built}. */
    public void save(Directory built) {
        try (Directory directory = FSDirectory.open(Files.createDirectories(folder()))) {
            for (String file : directory.listAll()) directory.deleteFile(file);
            for (String file : built.listAll()) directory.copyFrom(built, file, file, IOContext.DEFAULT);
            directory.sync(List.of(directory.listAll()));
            directory.syncMetaData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when an index is there and was built from content/ as it is now. */
    public boolean isCurrent() {
        if (!Files.isDirectory(folder())) return false;
        try (Directory directory = FSDirectory.open(folder())) {
            if (!DirectoryReader.indexExists(directory)) return false;
            var commits = DirectoryReader.listCommits(directory);
            String stored = commits.get(commits.size() - 1).getUserData().get(SearchIndexBuilder.CONTENT_HASH);
            return ContentHash.of(project.resolve("content")).equals(stored);
        } catch (IOException e) {
            return false; // an unreadable index is rebuilt
        }
    }

    public SiteSearcher open(SiteSearcher.Marks marks) {
        try {
            return new SiteSearcher(FSDirectory.open(folder()), marks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
