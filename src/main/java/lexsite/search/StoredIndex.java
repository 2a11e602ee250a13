package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lexsite.pipeline.ResolvedContent;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
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
        String hash = ContentHash.of(project.resolve("content"));
        try (Directory directory = FSDirectory.open(Files.createDirectories(folder()))) {
            new SearchIndexBuilder(siteLanguage).write(content, hash, directory);
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
