package lexsite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import lexsite.pipeline.CodeVersion;
import lexsite.search.StoredIndex;

/**
 * The search files a build exported, kept for the next build of the same content by the same code: the index and its
 * export are a function of content/ and the code alone, so a build after a template change keeps them from the site
 * it replaces instead of indexing again (at 100 acts, over a minute of a build). {@code .lexsite/search-export.txt}
 * names what they were made of and each file's SHA-256; a file that changed since, or a different key, and the export
 * is made again.
 */
final class KeptSearch {

    private static final String FORMAT = "lexsite-kept-search-1";

    private final Path site;
    private final Map<String, String> digests;

    private KeptSearch(Path site, Map<String, String> digests) {
        this.site = site;
        this.digests = digests;
    }

    /** What search files are made of: content/ (as the stored index hashes it), the code, the site's language. */
    static String key(String contentHash, String language) {
        return sha256((FORMAT + "\n" + contentHash + "\n" + CodeVersion.current() + "\n" + language).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The search files of {@code site}, when the last build recorded them under {@code key}, the stored index is
     * still that of {@code contentHash} (for {@code lexsite search}) and every file is as that build wrote it; empty
     * otherwise.
     */
    static Optional<KeptSearch> find(Path project, Path siteFolder, String contentHash, String key) {
        Path site = siteFolder.toAbsolutePath().normalize(); // "./site" would never hold "site/search/…"
        Path record = record(project);
        if (!Files.isRegularFile(record) || !new StoredIndex(project).isCurrent(contentHash)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(key)) return Optional.empty();
            Map<String, String> digests = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                if (space < 0) return Optional.empty();
                String path = line.substring(space + 1);
                Path file = site.resolve(path).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) return Optional.empty();
                if (!sha256(Files.readAllBytes(file)).equals(line.substring(0, space))) return Optional.empty();
                digests.put(path, line.substring(0, space));
            }
            return digests.isEmpty() ? Optional.empty() : Optional.of(new KeptSearch(site, digests));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // an unreadable record or file: export again
        }
    }

    /** Puts every kept file into the new site. */
    void keepIn(SiteWriter writer) {
        for (String path : digests.keySet()) writer.keep(path, site.resolve(path));
    }

    /** The digests of the files a fresh export writes, to record once its site is in place. */
    static final class Recorder implements BiConsumer<String, String> {
        private final String key;
        private final BiConsumer<String, String> writer;
        private final Map<String, String> digests = new TreeMap<>();

        /** @param key what the export is made of ({@link KeptSearch#key}) */
        Recorder(String key, BiConsumer<String, String> writer) {
            this.key = key;
            this.writer = writer;
        }

        @Override
        public void accept(String path, String text) {
            digests.put(path, sha256(text.getBytes(StandardCharsets.UTF_8)));
            writer.accept(path, text);
        }

        /** Records the export, after the site holding it is in place. */
        void save(Path project) {
            List<String> lines = new ArrayList<>();
            lines.add(key);
            digests.forEach((path, digest) -> lines.add(digest + " " + path));
            try {
                Files.createDirectories(record(project).getParent());
                Path temporary = record(project).resolveSibling("search-export.txt.new");
                Files.write(temporary, lines, StandardCharsets.UTF_8);
                SiteWriter.move(temporary, record(project));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + record(project), e);
            }
        }
    }

    private static Path record(Path project) {
        return project.resolve(".lexsite").resolve("search-export.txt");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
