package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the site goes: something in its place is never replaced, and what is built can be served by anyone. */
class OutputPathTest {

    @TempDir
    Path root;

    private List<String> beside() throws IOException {
        try (Stream<Path> siblings = Files.list(root)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
        }
    }

    @Test
    void siteThatIsARegularFileIsLeftAloneAndLaterBuildsAreNotWedged() throws IOException {
        FixtureProject project = new FixtureProject(root);
        Files.writeString(project.site(), "a maintainer's notes, not a site\n");
        FixtureProject.Run run = project.run("build");
        assertEquals(1, run.exit(), run::all);
        assertTrue(run.err().contains("error: '" + project.site() + "' is a file, not a folder"), run::err);
        assertEquals("a maintainer's notes, not a site\n", Files.readString(project.site()));
        assertEquals(List.of(), beside(), "nothing left beside it");

        Files.delete(project.site());
        project.build(); // the next build, the file moved away, is not held up by anything the failed one left
        assertTrue(Files.isRegularFile(project.site().resolve("index.html")));
    }

    @Test
    void siteThatIsASymbolicLinkIsLeftAlone() throws IOException {
        FixtureProject project = new FixtureProject(root);
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(project.site(), elsewhere);
        FixtureProject.Run run = project.run("build");
        assertEquals(1, run.exit(), run::all);
        assertTrue(run.err().contains("is a symbolic link"), run::err);
        assertTrue(Files.isSymbolicLink(project.site()));
        assertEquals(List.of("keep.txt"), Files.list(elsewhere).map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(), beside());
    }

    @Test
    void builtFoldersAre755AndFiles644() throws IOException {
        FixtureProject project = new FixtureProject(root);
        project.build();
        try (Stream<Path> all = Files.walk(project.site())) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertEquals(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--", mode, p.toString());
            }
        }
    }
}
