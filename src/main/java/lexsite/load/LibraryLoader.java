package lexsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lexsite.model.Concept;
import lexsite.model.GlossaryEntry;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Markdown;
import lexsite.model.Programme;
import lexsite.model.Synonym;
import lexsite.model.Topic;

/**
 * Reads everything in {@code content/} besides the acts: {@code programmes/*.md}, {@code guides/*.md},
 * {@code topics.yaml}, {@code glossary.yaml}, {@code synonyms.yaml} and {@code concepts.yaml}. A folder or file that is absent gives nothing to read.
 * Checks that need the act (do the article numbers exist?) come later, in the resolve stage.
 */
public final class LibraryLoader {

    /** Ids become parts of URLs. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path root;
    private final Path shownFrom;
    private final ContentPath guard;

    /**
     * @param root      the content folder
     * @param shownFrom paths in messages are relative to this folder (the project root)
     */
    public LibraryLoader(Path root, Path shownFrom) {
        this.root = root;
        this.shownFrom = shownFrom;
        this.guard = new ContentPath(root);
    }

    public Library load() {
        List<Topic> topics = yaml("topics.yaml", TopicsFile.class, TopicsFile::toTopics);
        List<GlossaryEntry> glossary = yaml("glossary.yaml", GlossaryFile.class, GlossaryFile::toEntries);
        requireUnique("topic", topics.stream().map(t -> new Named(t.id(), t.file(), t.line())).toList());
        requireUnique("glossary", glossary.stream().map(g -> new Named(g.id(), g.file(), g.line())).toList());
        requireOneIdPerTerm(glossary);
        Topics known = new Topics(topics.stream().map(Topic::id).collect(Collectors.toSet()),
                ContentLoader.shown(shownFrom, root.resolve("topics.yaml")));
        List<Programme> programmes = pages("programmes", "programme", ProgrammeFile.class, known, ProgrammeFile::toProgramme);
        List<Guide> guides = pages("guides", "guide", GuideFile.class, known, GuideFile::toGuide);
        List<Synonym> synonyms = yaml("synonyms.yaml", SynonymsFile.class, SynonymsFile::toSynonyms);
        List<Concept> concepts = yaml("concepts.yaml", ConceptsFile.class, ConceptsFile::toConcepts);
        requireUnique("concept", concepts.stream().map(c -> new Named(c.id(), c.file(), c.line())).toList());
        Set<String> conceptIds = concepts.stream().map(Concept::id).collect(Collectors.toSet());
        for (Topic t : topics) {
            for (var h : t.help()) {
                if (h.when() != null && !conceptIds.contains(h.when())) {
                    throw new ContentError(t.file(), t.line(), "help for '" + h.programme() + "' names concept '" + h.when()
                            + "', which concepts.yaml does not define");
                }
            }
        }
        return new Library(programmes, guides, topics, glossary, synonyms, concepts);
    }

    private <F, T> List<T> yaml(String name, Class<F> shape, BiFunction<F, String, List<T>> toModel) {
        Path path = root.resolve(name);
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return List.of();
        String file = ContentLoader.shown(shownFrom, path);
        guard.requireInside(path, file, 0, name);
        return toModel.apply(Yaml.readFile(path, file, shape), file);
    }

    /** The topic ids pages may use, and the file that defines them. */
    private record Topics(Set<String> ids, String file) {
    }

    private <F extends PageFront, T> List<T> pages(String folder, String kind, Class<F> shape, Topics topics,
                                                   BiFunction<F, Markdown, T> toModel) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new ContentError(ContentLoader.shown(shownFrom, dir), 0, "cannot list " + folder + ": " + e.getMessage());
        }
        return files.stream().map(path -> {
            String file = ContentLoader.shown(shownFrom, path);
            guard.requireInside(path, file, 0, path.getFileName().toString());
            FrontMatter split = FrontMatter.split(TextFiles.read(path, file));
            F front = Yaml.read(file, split.yaml(), shape);
            checkPage(front, file, kind, fileId(path), topics);
            return toModel.apply(front, split.body());
        }).toList();
    }

    private static void checkPage(PageFront front, String file, String kind, String fileId, Topics topics) {
        if (front.id() == null || front.kind() == null) {
            throw new ContentError(file, 1, "'" + (front.id() == null ? "id" : "kind") + "' has no value");
        }
        Located<String> id = front.id();
        requireId(id.value(), file, id.line());
        if (!id.value().equals(fileId)) {
            throw new ContentError(file, id.line(), "id '" + id.value() + "' must match the file name '" + fileId + ".md'");
        }
        if (!kind.equals(front.kind().value())) {
            throw new ContentError(file, front.kind().line(), "kind is '" + front.kind().value() + "' but the file is a "
                    + kind + " (it is in the " + kind + "s folder)");
        }
        for (String topic : front.topicIds()) {
            if (!topics.ids().contains(topic)) {
                throw new ContentError(file, front.topics().line(), "topic '" + topic + "' is not defined in " + topics.file());
            }
        }
    }

    private static String fileId(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private record Named(String id, String file, int line) {
    }

    private static void requireUnique(String what, List<Named> entries) {
        Map<String, Named> seen = new HashMap<>();
        for (Named entry : entries) {
            requireId(entry.id, entry.file, entry.line);
            Named first = seen.putIfAbsent(entry.id, entry);
            if (first != null) {
                throw new ContentError(entry.file, entry.line, "duplicate " + what + " id '" + entry.id
                        + "' (first at line " + first.line + ")");
            }
        }
    }

    /** One term explained twice, under two ids, would show the reader two entries that may disagree. */
    private static void requireOneIdPerTerm(List<GlossaryEntry> glossary) {
        Map<String, GlossaryEntry> seen = new HashMap<>();
        for (GlossaryEntry entry : glossary) {
            String key = entry.term().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            GlossaryEntry first = seen.putIfAbsent(key, entry);
            if (first != null) {
                throw new ContentError(entry.file(), entry.line(), "the term '" + entry.term() + "' is already explained under id '"
                        + first.id() + "' (line " + first.line() + "): keep one entry");
            }
        }
    }

    private static void requireId(String id, String file, int line) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ContentError(file, line, "id '" + id + "' must be lowercase letters and digits joined by single hyphens");
        }
    }
}
