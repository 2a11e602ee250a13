package lexsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Sizes of a set of files on disk and on the wire (see {@link BenchServer#wire}). */
record BenchBytes(int files, long raw, long wire) {

    static BenchBytes of(List<Path> files) {
        long raw = 0, wire = 0;
        for (Path f : files) {
            try {
                byte[] body = Files.readAllBytes(f);
                raw += body.length;
                wire += BenchServer.wire(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BenchBytes(files.size(), raw, wire);
    }

    /** Every regular file under {@code folder}, sorted; none when it does not exist. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
