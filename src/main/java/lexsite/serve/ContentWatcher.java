package lexsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and everything below them, folders created later included, and calls back once a burst
 * of changes has died down: an editor's save or a {@code git checkout} touches many files, and each burst
 * should cost one rebuild, made after the last file is written.
 */
public final class ContentWatcher implements AutoCloseable {

    private final WatchService service;
    private final long quietMillis;
    private final Runnable onChange;

    private ContentWatcher(WatchService service, Duration quiet, Runnable onChange) {
        this.service = service;
        this.quietMillis = quiet.toMillis();
        this.onChange = onChange;
    }

    /**
     * Starts watching on a daemon thread.
     *
     * @param folders  existing folders, each watched with all that lies below it
     * @param quiet    how long no change must follow the last one before {@code onChange} runs
     * @param onChange runs on the watcher's thread, so changes made while it runs are reported after it
     */
    public static ContentWatcher start(Collection<Path> folders, Duration quiet, Runnable onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        ContentWatcher watcher = new ContentWatcher(service, quiet, onChange);
        try {
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) throw new NotDirectoryException(folder.toString());
                watcher.registerTree(folder);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        Thread thread = new Thread(watcher::run, "lexsite-content-watcher");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                absorb(service.take());
                WatchKey more;
                while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) absorb(more);
                callBack();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the watch is over
        }
    }

    private void callBack() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            // One failed callback must not end the watch; the next change deserves its own try.
            System.err.println("content watcher: the change handler failed: " + e);
        }
    }

    /** Takes a folder's events, watching any folder created in it; overflows need nothing, the callback rereads all. */
    private void absorb(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() != ENTRY_CREATE) continue;
            Path created = folder.resolve((Path) event.context());
            if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(created);
                } catch (IOException e) {
                    // removed again before we got to it: nothing left to watch
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone since it was listed
            }
        });
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to release that closing did not
        }
    }
}
