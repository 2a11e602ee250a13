package lexsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;

/**
 * Pagefind 1.x, installed by {@code npm ci} in src/test/browser, run on a corpus's site folder so that it indexes the
 * pages our search documents live on and, on them, the text our documents hold: the glob names exactly those pages
 * (act pages by pattern, the library's one by one), the root is {@code <main>}, and what our documents leave out of
 * a page (breadcrumbs, popups of cited texts, help links, "cited by", history table, pager, amendment badges, number
 * notes, citation tools) is excluded by selector. The site's HTML is not rewritten.
 */
final class Pagefind {

    static final Path BINARY = Path.of("src/test/browser/node_modules/.bin/pagefind");
    static final String EXCLUDE = ".crumbs, .popups, .help, .cited-by, .history, .pager, .badges, .number-note, .cite-tools";

    /** What a run did: its wall time, the pages and words it says it indexed, and its version line. */
    record Run(long millis, int pages, int words, String version) {
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Indexes {@code corpus.site()} into its pagefind/ folder, replacing any there. */
    static Run index(BenchCorpus.Corpus corpus) {
        Path output = corpus.site().resolve("pagefind");
        try {
            FileUtils.deleteDirectory(output.toFile());
            List<String> command = List.of(BINARY.toAbsolutePath().toString(), "--site", corpus.site().toString(),
                    "--glob", glob(corpus.pages()), "--root-selector", "main", "--exclude-selectors", EXCLUDE);
            Path log = Files.createTempFile("pagefind-", ".log");
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = process.waitFor();
            long millis = (System.nanoTime() - started) / 1_000_000;
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (exit != 0) throw new IllegalStateException("pagefind failed (" + exit + "):\n" + text);
            return new Run(millis, number(text, "Indexed (\\d+) pages?"), number(text, "Indexed (\\d+) words?"),
                    first(text, "Running Pagefind (v[^\\s]+)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Act pages by pattern (every act folder has the same names), every other page by name. */
    static String glob(Set<String> pages) {
        Set<String> parts = new TreeSet<>();
        for (String page : pages) {
            Matcher act = Pattern.compile("acts/[^/]+/((art|sec)_)[^/]*\\.html").matcher(page);
            parts.add(act.matches() ? "acts/*/" + act.group(1) + "*.html" : page);
        }
        return "{" + String.join(",", parts) + "}";
    }

    /** The files under the site's pagefind/ folder that a search can load (not the UI bundles). */
    static List<Path> searchFiles(Path site) {
        List<Path> out = new ArrayList<>();
        for (Path p : BenchBytes.files(site.resolve("pagefind"))) {
            String name = p.getFileName().toString();
            if (name.contains("-ui.") || name.startsWith("pagefind-highlight") || name.contains("playground")) continue;
            out.add(p);
        }
        return out;
    }

    private static int number(String text, String regex) {
        String found = first(text, regex);
        return found == null ? -1 : Integer.parseInt(found);
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
