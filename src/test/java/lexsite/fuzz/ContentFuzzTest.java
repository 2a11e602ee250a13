package lexsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lexsite.diagnostics.Diagnostic;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentError;
import lexsite.model.Markdown;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.publish.SiteBuild;
import lexsite.publish.SiteWriter;
import lexsite.render.HelpIndex;
import lexsite.render.MarkdownHtml;
import lexsite.render.SiteContext;
import lexsite.render.SitePaths;
import lexsite.render.SiteRenderer;
import lexsite.render.Templates;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hand-written input besides the act's text, mutated from the seed corpus ({@link ContentKind}): YAML files,
 * Markdown front matter, Markdown bodies and templates. Every case goes through the stage that reads it (load, or
 * render for bodies and templates): findings or a result, never an exception, and every finding names a file of the
 * project, a line inside it, in plain words, with nothing from outside content/ and templates/. Every
 * {@code -Dlexsite.fuzz.buildEvery}th case (default 25) runs the whole build too, which either succeeds or leaves
 * the previous site byte for byte. See docs/FUZZING.md.
 */
class ContentFuzzTest {

    /** {@code -Dlexsite.fuzz.content.tries}: cases per kind (default 100; the nightly run takes 10,000). */
    static final int TRIES = Integer.getInteger("lexsite.fuzz.content.tries", 100);
    static final int BUILD_EVERY = Integer.getInteger("lexsite.fuzz.buildEvery", 25);
    static final String SECRET = "SECRET-LINE-OUTSIDE-CONTENT";
    /** Java's words in a message: an exception's class name, a stack frame, a Jackson token (content may quote backticks). */
    static final Pattern JAVA = Pattern.compile("[A-Z]\\w+(?:Exception|Error)\\b|\\tat |\\bjava\\.|JsonToken");
    private static final Path FIXTURE = Path.of("src/test/resources/lexsite/publish/small");

    @TempDir
    static Path root;
    private static Map<String, byte[]> site;
    private static ResolvedContent content;

    @BeforeAll
    static void project() throws IOException {
        FileUtils.copyDirectory(FIXTURE.resolve("content").toFile(), root.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), root.resolve("templates").toFile());
        Files.writeString(root.resolve("secret.txt"), SECRET + "\n");
        // a runaway template is stopped sooner than a real build would, so a case stays short
        System.setProperty("lexsite.template.seconds", "1");
        System.setProperty("lexsite.template.maxChars", "2000000");
        assertEquals(0, build(), "the fixture builds");
        site = snapshot();
        content = new Pipeline(root.resolve("content"), root).run(new Diagnostics());
    }

    @AfterAll
    static void limits() {
        System.clearProperty("lexsite.template.seconds");
        System.clearProperty("lexsite.template.maxChars");
    }

    @Test
    void everySeedIsReadWithoutErrors() throws IOException {
        for (ContentKind kind : ContentKind.values()) {
            for (ContentKind.Seed seed : kind.seeds()) {
                Outcome outcome = runCase(kind, seed, seed.text(), false);
                assertEquals(List.of(), outcome.errors(), seed.name());
            }
        }
    }

    @Test
    void mutatedYamlGivesFindingsNeverAnException() {
        fuzz(ContentKind.YAML);
    }

    @Test
    void mutatedFrontMatterGivesFindingsNeverAnException() {
        fuzz(ContentKind.FRONT_MATTER);
    }

    @Test
    void mutatedMarkdownGivesFindingsNeverAnException() {
        fuzz(ContentKind.MARKDOWN);
    }

    @Test
    void mutatedTemplatesGiveFindingsNeverAnException() {
        fuzz(ContentKind.TEMPLATE);
    }

    record Case(int seed, List<TextMutation> mutations) {
    }

    private static void fuzz(ContentKind kind) {
        List<ContentKind.Seed> seeds = kind.seeds();
        HangGuard guard = new HangGuard(Duration.ofSeconds(60));
        int[] counts = new int[3]; // cases, of them with errors, full builds
        long started = System.nanoTime();
        System.out.println("content fuzzing " + kind + " with -Dlexsite.fuzz.seed=" + Fuzz.SEED + " -Dlexsite.fuzz.content.tries=" + TRIES);
        QuickTheory.qt().withExamples(TRIES).withFixedSeed(Fuzz.SEED).withShrinkCycles(200).forAll(cases(kind)).checkAssert(c -> guard.run(shown(c, seeds, kind), () -> {
            ContentKind.Seed seed = seeds.get(Math.floorMod(c.seed(), seeds.size()));
            boolean fullBuild = counts[0]++ % BUILD_EVERY == 0;
            Outcome outcome = runCase(kind, seed, TextMutation.applyAll(seed.text(), c.mutations(), kind), fullBuild);
            if (!outcome.errors().isEmpty()) counts[1]++;
            if (fullBuild) counts[2]++;
            if (counts[0] % 1000 == 0) { // a long run reports as it goes
                System.out.printf("content fuzz %s: %d cases so far, %d s%n", kind, counts[0], (System.nanoTime() - started) / 1_000_000_000L);
            }
        }));
        System.out.printf("content fuzz %s: %d cases (%d with errors), %d whole builds, %d s%n", kind, counts[0], counts[1],
                counts[2], (System.nanoTime() - started) / 1_000_000_000L);
    }

    private static String shown(Case c, List<ContentKind.Seed> seeds, ContentKind kind) {
        return "seed " + seeds.get(Math.floorMod(c.seed(), seeds.size())).name() + ", " + c.mutations().stream()
                .map(m -> m instanceof TextMutation.Insert i ? "Insert(" + i.at() + ", " + Fuzz.shown(i.piece()) + ")" : m.toString())
                .toList() + " (" + kind + ")";
    }

    static Gen<Case> cases(ContentKind kind) {
        Gen<Integer> at = integers().between(0, 100_000);
        Gen<String> piece = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(5, Generate.pick(kind.pieces)),
                org.quicktheories.api.Pair.of(1, strings().allPossible().ofLengthBetween(1, 8))));
        Gen<TextMutation> mutation = Generate.oneOf(
                at.zip(piece, TextMutation.Insert::new),
                at.zip(integers().between(1, 40), TextMutation.Delete::new),
                at.map(TextMutation.DuplicateLine::new));
        return integers().between(0, 100).zip(lists().of(mutation).ofSizeBetween(1, 4), Case::new);
    }

    /** The errors a case gave (as printed); throws on an exception or a finding that breaks the rules. */
    record Outcome(List<String> errors) {
    }

    private static Outcome runCase(ContentKind kind, ContentKind.Seed seed, String text, boolean fullBuild) throws IOException {
        Path target = root.resolve(seed.target());
        byte[] original = Files.readAllBytes(target);
        Files.write(target, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate is written as '?'
        try {
            List<String> errors = kind == ContentKind.TEMPLATE ? render() : load(kind == ContentKind.MARKDOWN);
            if (fullBuild) wholeBuild();
            return new Outcome(errors);
        } finally {
            Files.write(target, original);
        }
    }

    /** Load, parse and resolve; for Markdown also every page's body to HTML. */
    private static List<String> load(boolean markdown) {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent result = new Pipeline(root.resolve("content"), root).run(diagnostics);
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(result == null, diagnostics.hasErrors(), () -> "a result with errors, or none without: " + all);
        for (Diagnostic d : all) wellPlaced(d.file(), d.line(), d.message());
        if (result == null || !markdown) return errors(all);
        MarkdownHtml html = new MarkdownHtml();
        List<Markdown> bodies = Stream.concat(result.library().programmes().stream().map(p -> p.body()),
                result.library().guides().stream().map(g -> g.body())).toList();
        for (Markdown body : bodies) {
            try {
                html.render(body);
            } catch (ContentError e) {
                wellPlaced(e.file(), e.line(), e.getMessage());
                return List.of(e.toString());
            }
        }
        return List.of();
    }

    /** Every page of the fixture through the templates, into a staging folder that is thrown away. */
    private static List<String> render() {
        try (SiteWriter scratch = new SiteWriter(root.resolve("scratch"))) {
            Templates templates = new Templates(root.resolve("templates"), "templates");
            HelpIndex help = new HelpIndex(content.library(), content.current().get(0).act());
            new SiteRenderer(new SiteContext(content.site(), templates, new SitePaths(), help), root.resolve("templates"))
                    .render(content, scratch);
            return List.of();
        } catch (ContentError e) {
            wellPlaced(e.file(), e.line(), e.getMessage());
            return List.of(e.toString());
        }
    }

    /** The whole build: a new site, or the previous one untouched and nothing left beside it. */
    private static void wholeBuild() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int exit = build(log);
        String printed = log.toString(StandardCharsets.UTF_8);
        assertFalse(JAVA.matcher(printed).find(), () -> "Java's words or a stack trace:\n" + printed);
        assertFalse(printed.contains(SECRET), () -> "a file outside content/ was read:\n" + printed);
        Map<String, byte[]> now = snapshot();
        if (exit == 0) {
            site = now;
        } else {
            assertEquals(1, exit, printed);
            assertTrue(printed.contains("error"), printed);
            assertEquals(site.keySet(), now.keySet(), "the failed build changed the site's files");
            for (String file : site.keySet()) assertTrue(Arrays.equals(site.get(file), now.get(file)), file + " changed");
        }
        assertFalse(now.values().stream().anyMatch(b -> new String(b, StandardCharsets.UTF_8).contains(SECRET)), "the site holds the secret");
        try (Stream<Path> beside = Files.list(root)) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).toList());
        }
    }

    private static int build() {
        return build(new ByteArrayOutputStream());
    }

    private static int build(ByteArrayOutputStream log) {
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        return new SiteBuild(root, root.resolve("site"), false).run(out, out);
    }

    /** A finding names a file of the project and a line inside it, in plain words, and echoes nothing from outside. */
    private static void wellPlaced(String file, int line, String message) {
        Path path = root.resolve(file);
        assertTrue(file != null && path.normalize().startsWith(root) && Files.exists(path), () -> "names no file of the project: " + file + ": " + message);
        assertTrue(line >= 0 && (!Files.isRegularFile(path) || line <= lines(path) + 1), () -> "line " + line + " outside " + file + ": " + message);
        assertFalse(message == null || message.isBlank(), "says nothing");
        assertFalse(JAVA.matcher(message).find(), () -> "in Java's words: " + file + ":" + line + ": " + message);
        assertFalse(message.contains(SECRET), "echoes a file from outside content/");
    }

    private static long lines(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static List<String> errors(List<Diagnostic> all) {
        return all.stream().filter(d -> d.severity() == lexsite.diagnostics.Severity.ERROR).map(Diagnostic::toString).toList();
    }

    private static Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path folder = root.resolve("site");
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
