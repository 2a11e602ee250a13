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
        return build(content, siteLanguage, contentHash());
    }

    /** The same, with {@link #contentHash()} computed already. */
    public Directory build(ResolvedContent content, String siteLanguage, String contentHash) {
        Directory directory = new ByteBuffersDirectory();
        new SearchIndexBuilder(siteLanguage).write(content, contentHash, directory);
        return directory;
    }

    /** The hash of content/ as it is now, which an index records to say what it was built from. */
    public String contentHash() {
        return ContentHash.of(project.resolve("content"));
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
        return isCurrent(contentHash());
    }

    /** True when an index is there and was built from the content whose {@link #contentHash()} is given. */
    public boolean isCurrent(String contentHash) {
        if (!Files.isDirectory(folder())) return false;
        try (Directory directory = FSDirectory.open(folder())) {
            if (!DirectoryReader.indexExists(directory)) return false;
            var commits = DirectoryReader.listCommits(directory);
            String stored = commits.get(commits.size() - 1).getUserData().get(SearchIndexBuilder.CONTENT_HASH);
            return contentHash.equals(stored);
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
