package lexsite.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A published site is read by a web server running as another user: folders 755, files 644, whatever the umask and
 * the 700 a temporary staging folder is created with. The same modes on every build, so builds stay identical.
 */
final class Permissions {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private Permissions() {
    }

    static void readableByAll(Path site) throws IOException {
        if (Files.getFileAttributeView(site, PosixFileAttributeView.class) == null) return; // Windows: ACLs, not modes
        List<Path> all;
        try (Stream<Path> walk = Files.walk(site)) {
            all = walk.toList();
        }
        for (Path p : all) Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
    }
}
