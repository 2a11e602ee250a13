package lexsite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import lexsite.render.PageOutput;
import org.apache.commons.io.FileUtils;

/**
 * Writes a site into a fresh folder beside the target and swaps it in only when complete, so readers and
 * maintainers never see a half-written site: a failed build leaves the previous one as it was.
 *
 * <p>The swap is two renames in one folder (the old site aside, the new one in), each atomic where the file
 * system allows; no file system offers one rename that replaces a whole folder. A build killed between them
 * leaves no site but the previous one aside, and the next build puts it back before it starts, just as it
 * removes staging folders that builds killed while rendering left behind ({@link StaleFolders}).
 *
 * <p>{@link #write} and {@link #copy} may be called from several threads at once.
 */
public final class SiteWriter implements PageOutput, AutoCloseable {

    private final Path target;
    private final Path staging;
    private final List<String> written = java.util.Collections.synchronizedList(new ArrayList<>()); // pages render in parallel
    private boolean committed;

    public SiteWriter(Path target) {
        this.target = target.toAbsolutePath().normalize();
        StaleFolders stale = new StaleFolders(this.target);
        try {
            Files.createDirectories(this.target.getParent());
            stale.recover();
            this.staging = Files.createTempDirectory(this.target.getParent(), stale.stagingPrefix());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + target, e);
        }
    }

    /** Writes {@code text} as UTF-8 at {@code relative} inside the new site. */
    @Override
    public void write(String relative, String text) {
        Path file = inside(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            written.add(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative, e);
        }
    }

    /** Copies {@code source} byte for byte to {@code relative} inside the new site. */
    @Override
    public void copy(String relative, Path source) {
        place(relative, "copy " + source, file -> Files.copy(source, file));
    }

    /**
     * Puts {@code source}, a file of the site this one replaces, at {@code relative}: as a second name for the same
     * file where the file system allows it (the old site is deleted at the swap, so nothing else holds it), otherwise
     * as a copy.
     */
    public void keep(String relative, Path source) {
        place(relative, "keep " + source, file -> {
            try {
                Files.createLink(file, source);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(source, file); // no hard links here (another device, or a file system without them)
            }
        });
    }

    /** Makes {@code relative} inside the new site with {@code how}, its folders first, and notes it as written. */
    private void place(String relative, String what, FileMaker how) {
        Path file = inside(relative);
        try {
            Files.createDirectories(file.getParent());
            how.make(file);
            written.add(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + what + " to " + relative, e);
        }
    }

    private interface FileMaker {
        void make(Path file) throws IOException;
    }

    /** The new site's folder, for checks before {@link #commit()}. */
    public Path folder() {
        return staging;
    }

    /** The paths written so far, sorted. */
    @Override
    public List<String> written() {
        synchronized (written) {
            return written.stream().sorted().toList();
        }
    }

    private Path inside(String relative) {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging)) throw new IllegalArgumentException("path escapes the site: " + relative);
        return file;
    }

    /** Puts the new site in place of the old one. */
    public void commit() {
        Path old = StaleFolders.aside(target);
        try {
            Permissions.readableByAll(staging);
            FileUtils.deleteDirectory(old.toFile());
            if (Files.exists(target)) move(target, old);
            move(staging, target);
            FileUtils.deleteDirectory(old.toFile());
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap the new site into " + target, e);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Without a commit, the staging folder is thrown away and the old site stays. */
    @Override
    public void close() {
        if (committed) return;
        try {
            FileUtils.deleteDirectory(staging.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + staging, e);
        }
    }
}
