package lexsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one guard for every file a manifest names (a version's {@code file:}, {@code pins:}) and every file a folder
 * listing finds: it must lie inside {@code content/}, be reached without {@code ..}, an absolute path or a symbolic
 * link that leads out, and be a regular file. Whatever fails is refused at the line that names it, and nothing of
 * the refused file is read, so nothing outside {@code content/} reaches the site, its index or a message.
 */
public final class ContentPath {

    private final Path root;
    private final Path realRoot;
    private final String shownRoot;

    /** @param root the content folder */
    public ContentPath(Path root) {
        this(root, "content/");
    }

    /** @param root the folder nothing may lead out of; {@code shownRoot} names it in messages ("templates/") */
    public ContentPath(Path root, String shownRoot) {
        this.shownRoot = shownRoot;
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root; // a missing content folder is reported where it is looked for
        }
        this.realRoot = real;
    }

    /**
     * The file {@code named} (as written in the manifest) relative to {@code folder}.
     *
     * @param what     what the file is, for the message ("version file")
     * @param manifest the manifest as shown in messages
     * @param line     the line of the manifest that names it
     */
    public Path resolve(Path folder, String named, String what, String manifest, int line) {
        if (named == null || named.isBlank()) throw new ContentError(manifest, line, what + " is empty");
        String slashed = named.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*") || slashed.startsWith("~")) {
            throw new ContentError(manifest, line, what + " '" + named + "' is an absolute path: name it relative to the act's folder");
        }
        for (String part : slashed.split("/")) {
            if (part.equals("..")) {
                throw new ContentError(manifest, line, what + " '" + named + "' leads out of its folder with '..': keep content inside " + shownRoot);
            }
        }
        Path file;
        try {
            file = folder.toAbsolutePath().normalize().resolve(slashed).normalize();
        } catch (InvalidPathException e) {
            throw new ContentError(manifest, line, what + " '" + named + "' is not a usable file name");
        }
        if (!file.startsWith(root)) {
            throw new ContentError(manifest, line, what + " '" + named + "' lies outside " + shownRoot);
        }
        if (Files.isDirectory(file)) throw new ContentError(manifest, line, what + " '" + named + "' is a folder, not a file");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentError(manifest, line, what + " '" + named + "' does not exist");
        }
        requireInside(file, manifest, line, what + " '" + named + "'");
        return file;
    }

    /**
     * Refuses a file whose real location (symbolic links followed) is outside the content folder, or that is not a
     * regular file (a link to nowhere, a device, a pipe).
     *
     * @param shownAs where to report it, and at which line
     */
    public void requireInside(Path file, String shownAs, int line, String what) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new ContentError(shownAs, line, what + " is a link to nothing");
        }
        if (!real.startsWith(realRoot)) {
            throw new ContentError(shownAs, line, what + " is a link that leads outside " + shownRoot + ": it is not read");
        }
        if (!Files.isRegularFile(real)) throw new ContentError(shownAs, line, what + " is not a regular file");
    }
}
