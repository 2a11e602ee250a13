package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over every file under content/ (relative path and bytes, in path order) and the index format, so a
 * stored index is reused only when it was built from exactly this content by this version of the indexer.
 */
final class ContentHash {

    /** Raise when the documents or fields change, so older indexes are rebuilt. */
    static final String FORMAT = "lexsite-search-2";

    private ContentHash() {
    }

    static String of(Path content) {
        try (Stream<Path> walk = Files.walk(content)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                sha.update(content.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                byte[] bytes = Files.readAllBytes(f);
                sha.update((byte) 0);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8)); // lengths keep files apart
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
