package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build keeps the last search files only for the same content and code, and only while they are as written. */
class KeptSearchTest {

    private static final String OLD = "A single permit is issued", NEW = "A combined permit is issued";

    @Test
    void aRebuildOfUnchangedContentKeepsTheSearchFilesAsTheyWere(@TempDir Path temp) {
        FixtureProject project = FixtureProject.built(temp);
        Map<String, byte[]> before = searchFiles(project.lastBuilt());
        FixtureProject.Run again = project.build();
        assertTrue(again.out().contains("search kept"), again.out());
        FixtureProject.assertSameFiles(before, searchFiles(project.lastBuilt()));
    }

    @Test
    void editedContentIsIndexedAgainAsABuildWithNothingKeptWouldIndexIt(@TempDir Path temp) {
        FixtureProject project = FixtureProject.built(temp.resolve("kept"));
        project.replace(FixtureProject.ACT, OLD, NEW);
        FixtureProject.Run edited = project.build();
        assertTrue(edited.out().contains("search export"), "the edited content kept the old search files: " + edited.out());

        FixtureProject fresh = new FixtureProject(temp.resolve("fresh"));
        fresh.replace(FixtureProject.ACT, OLD, NEW);
        fresh.build();
        FixtureProject.assertSameFiles(searchFiles(fresh.lastBuilt()), searchFiles(project.lastBuilt()));
    }

    @Test
    void aSearchFileChangedInTheSiteIsMadeAgain(@TempDir Path temp) throws IOException {
        FixtureProject project = FixtureProject.built(temp);
        Map<String, byte[]> before = searchFiles(project.lastBuilt());
        Path manifest = project.site().resolve("search/manifest.js");
        Files.writeString(manifest, Files.readString(manifest).replace("\"docs\":", "\"docs\":1,\"was\":"), StandardCharsets.UTF_8);
        FixtureProject.Run rebuilt = project.build();
        assertTrue(rebuilt.out().contains("search export"), "a changed file was kept: " + rebuilt.out());
        FixtureProject.assertSameFiles(before, searchFiles(project.lastBuilt()));
    }

    @Test
    void aSiteNamedFromTheWorkingFolderAsDotSlashIsFound(@TempDir Path temp) {
        FixtureProject project = FixtureProject.built(temp);
        Path dotted = Path.of(".").resolve(Path.of("").toAbsolutePath().relativize(project.site()));
        String contentHash = new lexsite.search.StoredIndex(project.root).contentHash();
        assertTrue(KeptSearch.find(project.root, dotted, contentHash, KeptSearch.key(contentHash, "en")).isPresent(),
                "the kept files of " + dotted + " were not found");
    }

    @Test
    void theKeyTellsContentAndLanguageApart() {
        assertNotEquals(KeptSearch.key("a", "en"), KeptSearch.key("b", "en"));
        assertNotEquals(KeptSearch.key("a", "en"), KeptSearch.key("a", "bg"));
        assertEquals(KeptSearch.key("a", "en"), KeptSearch.key("a", "en"));
    }

    /** The export's files of a site, which must have some. */
    private static Map<String, byte[]> searchFiles(Map<String, byte[]> site) {
        Map<String, byte[]> out = new TreeMap<>();
        site.forEach((path, bytes) -> {
            if (path.startsWith("search/") && path.endsWith(".js")) out.put(path, bytes);
        });
        assertTrue(out.size() > 10, "no search files in " + site.keySet());
        return out;
    }
}
