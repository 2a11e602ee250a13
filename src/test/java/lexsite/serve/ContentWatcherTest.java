package lexsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real watch on a temporary folder; the waits are generous bounds, not measures of speed. */
class ContentWatcherTest {

    private static final long GENEROUS_SECONDS = 10;
    // Long beside the 50 ms gaps of the burst below, so a busy machine does not split the burst in two.
    private static final Duration QUIET = Duration.ofSeconds(1);

    @TempDir
    Path project;
    private Path acts;
    private Path templates;
    /** One entry per callback: whether the last file of the burst existed when it ran. */
    private final BlockingQueue<Boolean> callbacks = new LinkedBlockingQueue<>();
    private ContentWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        acts = Files.createDirectories(project.resolve("content/acts"));
        templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(acts.resolve("act.yaml"), "id: a\n");
        watcher = ContentWatcher.start(List.of(project.resolve("content"), templates), QUIET,
                () -> callbacks.add(Files.exists(acts.resolve("last.txt"))));
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void callsBackWhenAFileIsCreated() throws Exception {
        Files.writeString(templates.resolve("page.ftl"), "<p/>");
        assertCalledBack();
    }

    @Test
    void callsBackWhenAFileInASubFolderIsModified() throws Exception {
        Files.writeString(acts.resolve("act.yaml"), "id: b\n");
        assertCalledBack();
    }

    @Test
    void watchesFoldersCreatedAfterTheWatchStarted() throws Exception {
        Path added = Files.createDirectories(acts.resolve("new-act/en"));
        assertCalledBack();
        // The folder was watched before that callback ran, so a file written in it now is seen too.
        Files.writeString(added.resolve("2025.txt"), "Art. 1.");
        assertCalledBack();
    }

    @Test
    void waitsForABurstToEndBeforeCallingBack() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(acts.resolve("file-" + i + ".txt"), "x");
            Thread.sleep(50); // well inside the quiet period
        }
        Files.writeString(acts.resolve("last.txt"), "x");
        assertEquals(Boolean.TRUE, callbacks.poll(GENEROUS_SECONDS, TimeUnit.SECONDS), "called back before the burst was over");
    }

    @Test
    void refusesAFolderThatIsNotThere() {
        assertThrows(NotDirectoryException.class,
                () -> ContentWatcher.start(List.of(project.resolve("missing")), QUIET, () -> { }));
    }

    private void assertCalledBack() throws InterruptedException {
        assertTrue(callbacks.poll(GENEROUS_SECONDS, TimeUnit.SECONDS) != null, "no callback within " + GENEROUS_SECONDS + " s");
    }
}
