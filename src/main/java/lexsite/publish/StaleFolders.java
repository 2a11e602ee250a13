package lexsite.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * What a killed build leaves beside the site: staging folders ({@code .site.building-<pid>-…}) and, if it died
 * between the two renames of the swap, the previous site set aside ({@code .site.old}) with no site in place.
 * Staging folders carry their build's process id, so only those of builds no longer running are removed.
 */
final class StaleFolders {

    private final Path target;

    StaleFolders(Path target) {
        this.target = target;
    }

    /** The previous site's place while the new one moves in. */
    static Path aside(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".old");
    }

    private String prefix() {
        return "." + target.getFileName() + ".building-";
    }

    String stagingPrefix() {
        return prefix() + ProcessHandle.current().pid() + "-";
    }

    /** Removes dead builds' staging folders; puts back a previous site a killed swap left aside. */
    void recover() throws IOException {
        List<Path> staging;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            staging = siblings.filter(p -> p.getFileName().toString().startsWith(prefix())).toList();
        }
        for (Path folder : staging) {
            if (!ownerAlive(folder.getFileName().toString().substring(prefix().length()))) {
                FileUtils.deleteDirectory(folder.toFile());
            }
        }
        Path old = aside(target);
        if (!Files.exists(old)) return;
        if (Files.exists(target)) FileUtils.deleteDirectory(old.toFile()); // the swap finished; only the cleanup did not
        else SiteWriter.move(old, target);
    }

    /** "12345-678": whether process 12345 still runs; a name without a process id is a dead build's. */
    private static boolean ownerAlive(String rest) {
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
