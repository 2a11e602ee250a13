package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that fails or dies midway leaves the previous site whole, and the next build clears what it left. */
class AtomicOutputTest {

    @TempDir
    Path root;
    private FixtureProject project;
    private Map<String, byte[]> before;

    @BeforeEach
    void buildOnce() {
        project = new FixtureProject(root);
        project.build();
        before = project.snapshot();
        // a new build would now differ from the one in place
        project.replace("content/programmes/help-desk.md", "A help desk for workers.\n\n", "A help desk for all workers.\n\n");
    }

    private List<String> beside() throws IOException {
        try (Stream<Path> siblings = Files.list(root)) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList();
        }
    }

    @Test
    void aFailureOnALatePageLeavesThePreviousSite() {
        // feed.xml is rendered after every page of the act and the library: most of the new site exists by then
        project.replace("templates/feed.ftlx", "</feed>", "<#stop \"injected failure\"></feed>");
        FixtureProject.Run run = project.run("build");
        assertEquals(1, run.exit(), run::all);
        assertTrue(run.err().contains("templates/feed.ftlx:"), run::err);
        assertTrue(run.err().contains("injected failure"), run::err);
        project.assertSiteIs(before);
    }

    @Test
    void aBuildKilledWhileRenderingLeavesThePreviousSiteAndTheNextOneCleansUp() throws Exception {
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "lexsite.cli.Lexsite", "build", "--project", root.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("build.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (beside().stream().noneMatch(n -> n.startsWith(".site.building-"))) {
                assertTrue(build.isAlive(), () -> "the build ended before its staging folder was seen: " + read(root.resolve("build.log")));
                assertTrue(System.nanoTime() < deadline, "no staging folder appeared");
                Thread.sleep(2);
            }
        } finally {
            build.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the build
            build.waitFor(30, TimeUnit.SECONDS);
        }
        assertNotEquals(0, build.exitValue());
        FixtureProject.assertSameFiles(before, project.snapshot());
        assertTrue(beside().stream().anyMatch(n -> n.startsWith(".site.building-")), "the killed build left its staging folder");

        project.build();
        assertEquals(List.of(), beside(), "the next build removes the dead build's staging folder");
        assertTrue(Files.readString(project.site().resolve("programmes/help-desk.html")).contains("A help desk for all workers."));
    }

    @Test
    void aSiteSetAsideByASwapKilledHalfwayIsPutBack() throws IOException {
        // killed between the swap's two renames: the old site aside, no new one in place
        Files.move(project.site(), root.resolve(".site.old"));
        project.replace("content/site.yaml", "language: en", "lang: en");
        assertEquals(1, project.run("build").exit());
        project.assertSiteIs(before);
    }

    @Test
    void aStagingFolderOfARunningBuildIsLeftAlone() throws IOException {
        Path live = Files.createDirectory(root.resolve(".site.building-" + ProcessHandle.current().pid() + "-other"));
        Path dead = Files.createDirectory(root.resolve(".site.building-" + deadPid() + "-other"));
        project.build();
        assertTrue(Files.isDirectory(live));
        assertFalse(Files.exists(dead));
        Files.delete(live);
    }

    /** A process id no process has. */
    private static long deadPid() {
        long pid = Integer.MAX_VALUE;
        while (ProcessHandle.of(pid).isPresent()) pid--;
        return pid;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

}
