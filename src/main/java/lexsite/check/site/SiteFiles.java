package lexsite.check.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Finds and reads the files of a built site. */
public final class SiteFiles {

    private SiteFiles() {
    }

    /** Every file under {@code root} whose name ends in {@code suffix}, in a stable order. */
    public static List<Path> endingIn(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Every HTML page of the site. */
    public static List<Path> pages(Path root) {
        return endingIn(root, ".html");
    }

    /** How a report names a file: its path inside the site, with forward slashes. */
    public static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** An HTML page with {@link Parser#htmlParser()}, sitemap.xml or an SVG with {@link Parser#xmlParser()}. */
    public static Document parse(Path file, Parser parser) {
        return Jsoup.parse(read(file), file.toUri().toString(), parser);
    }
}
