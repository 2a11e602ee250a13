package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The words and lines of the real content that readers will search: the act, programmes, guides, topics, glossary. */
final class ContentVocabulary {

    // Letter and digit runs, also with the joiners UAX#29 keeps inside a word, so "01.06.2021" and "EU's"
    // come both whole and in pieces.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'’]+(?:[./:,\\-][\\p{L}\\p{N}_'’]+)*");
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<String> lines = new ArrayList<>();
    private final Set<String> words = new TreeSet<>();

    ContentVocabulary(Path content) {
        for (Path file : files(content)) {
            for (String line : read(file)) {
                if (line.isBlank()) continue;
                lines.add(line);
                for (String chunk : line.trim().split("\\s+")) words.add(chunk);
                collect(WORD.matcher(line));
                collect(RUN.matcher(line));
            }
        }
    }

    List<String> lines() {
        return lines;
    }

    Set<String> words() {
        return words;
    }

    private void collect(Matcher matcher) {
        while (matcher.find()) words.add(matcher.group());
    }

    private static List<Path> files(Path content) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> acts = Files.walk(content.resolve("acts"));
             Stream<Path> programmes = Files.list(content.resolve("programmes"));
             Stream<Path> guides = Files.list(content.resolve("guides"))) {
            acts.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            programmes.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            guides.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(content.resolve("topics.yaml"));
        files.add(content.resolve("glossary.yaml"));
        return files;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
