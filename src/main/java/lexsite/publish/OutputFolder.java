package lexsite.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Whether the site can go where it is asked to, checked before the build so a file or a link in its place is never
 * replaced or set aside: the build swaps whole folders, and only a folder may be swapped.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Why the site cannot be written at {@code out}; null when it can. */
    static String problem(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            return "'" + out + "' is a symbolic link: the build replaces the site folder whole, so give it a real folder (--out)";
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return "'" + out + "' is a file, not a folder: the site is a folder; move the file away or build elsewhere with --out";
        }
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) return "'" + p + "' is a file, so '" + out + "' cannot be a folder inside it";
        }
        return null;
    }

    /** An I/O failure in plain words: Java's exceptions name the path alone. */
    static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied: " + e.getMessage();
        if (e instanceof FileAlreadyExistsException) return "a file is in the way: " + e.getMessage();
        if (e instanceof NoSuchFileException) return "no such folder: " + e.getMessage();
        if (e instanceof NotDirectoryException) return "not a folder: " + e.getMessage();
        if (e instanceof IOException io && io.getMessage() != null) return io.getMessage();
        return String.valueOf(e == null ? "unknown" : e.getMessage());
    }
}
