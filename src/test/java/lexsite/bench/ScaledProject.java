package lexsite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * A project with {@code acts} acts, made from ours for the build benchmark: the real project's content and templates,
 * plus {@code acts - 1} clones of each act under distinct ids ({@code foreigners-act-001}, …) whose text is shuffled,
 * and as many clones of each programme and guide, so the library grows in proportion.
 *
 * <p>The shuffle keeps what the pipeline reads for structure and leaves the words to vary: in each line, the words
 * after the sixth are shuffled (seeded by the clone's number, so a corpus is the same every run), unless the line
 * holds a digit (markers, notes, citations, gazette issues keep their words in order) or starts as a pin says an
 * article starts. Every clone therefore has the act's articles, lines, pins and numbers, and pages whose words differ
 * from the original's.
 */
final class ScaledProject {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern PIN_START = Pattern.compile("starts: \"(.*)\"");
    private static final int KEPT_WORDS = 6;

    private ScaledProject() {
    }

    /** Writes the project into {@code target} (emptied first) and returns it. */
    static Path generate(Path source, Path target, int acts) {
        try {
            FileUtils.deleteDirectory(target.toFile());
            Files.createDirectories(target);
            FileUtils.copyDirectory(source.resolve("content").toFile(), target.resolve("content").toFile());
            FileUtils.copyDirectory(source.resolve("templates").toFile(), target.resolve("templates").toFile());
            Path actsFolder = target.resolve("content").resolve("acts");
            List<Path> originals;
            try (Stream<Path> list = Files.list(actsFolder)) {
                originals = list.filter(Files::isDirectory).sorted().toList();
            }
            for (Path original : originals) {
                for (int i = 1; i < acts; i++) cloneAct(original, actsFolder.resolve(cloneId(original.getFileName().toString(), i)), i);
            }
            for (String library : List.of("programmes", "guides")) {
                Path folder = target.resolve("content").resolve(library);
                if (!Files.isDirectory(folder)) continue;
                List<Path> pages;
                try (Stream<Path> list = Files.list(folder)) {
                    pages = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
                }
                for (Path page : pages) {
                    for (int i = 1; i < acts; i++) clonePage(page, i);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cloneId(String id, int i) {
        return String.format("%s-%03d", id, i);
    }

    private static void cloneAct(Path original, Path clone, int seed) throws IOException {
        String id = original.getFileName().toString();
        FileUtils.copyDirectory(original.toFile(), clone.toFile());
        Path manifest = clone.resolve("act.yaml");
        String yaml = Files.readString(manifest);
        Files.writeString(manifest, yaml.replaceFirst("(?m)^id: " + Pattern.quote(id) + "$", "id: " + cloneId(id, seed)));
        List<String> pinned = new ArrayList<>();
        try (Stream<Path> files = Files.list(clone)) {
            for (Path yamlFile : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                PIN_START.matcher(Files.readString(yamlFile)).results().forEach(m -> pinned.add(m.group(1)));
            }
        }
        try (Stream<Path> files = Files.walk(clone)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
                Random random = new Random(seed);
                List<String> shuffled = new ArrayList<>();
                for (String line : lines) {
                    shuffled.add(pinned.stream().anyMatch(line::startsWith) ? line : shuffle(line, random));
                }
                Files.write(text, shuffled, StandardCharsets.UTF_8);
            }
        }
    }

    static String shuffle(String line, Random random) {
        if (DIGIT.matcher(line).find()) return line;
        String[] words = line.split(" ");
        if (words.length <= KEPT_WORDS + 1) return line;
        List<String> tail = new ArrayList<>(List.of(words).subList(KEPT_WORDS, words.length));
        String last = tail.remove(tail.size() - 1); // a line's last word carries its ":" or "." and stays last
        Collections.shuffle(tail, random);
        tail.add(last);
        List<String> out = new ArrayList<>(List.of(words).subList(0, KEPT_WORDS));
        out.addAll(tail);
        return String.join(" ", out);
    }

    private static void clonePage(Path page, int i) throws IOException {
        String name = page.getFileName().toString();
        String id = name.substring(0, name.length() - ".md".length());
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String cloned = text.replaceFirst("(?m)^id: " + Pattern.quote(id) + "$", "id: " + cloneId(id, i));
        Files.writeString(page.resolveSibling(cloneId(id, i) + ".md"), cloned, StandardCharsets.UTF_8);
    }
}
