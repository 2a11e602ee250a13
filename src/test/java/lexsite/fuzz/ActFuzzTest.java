package lexsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexsite.diagnostics.Diagnostic;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentLoader;
import lexsite.load.LoadedAct;
import lexsite.load.SourceText;
import lexsite.model.Act;
import lexsite.model.ProvisionNode;
import lexsite.load.ContentError;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.pipeline.SourceWords;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real act, damaged the ways copies get damaged (lines lost, repeated or swapped, notes spoilt, odd Unicode and
 * control characters, very long lines), through the stages every command runs. See docs/FUZZING.md.
 */
class ActFuzzTest {

    private static final String TEXT = "content/acts/foreigners-act/en/2025-06-30.txt";
    private static final Duration LIMIT = Duration.ofSeconds(Integer.getInteger("lexsite.fuzz.seconds", 20));

    @TempDir
    static Path project;
    private static List<String> act;
    private static LoadedAct loaded;

    @BeforeAll
    static void copyContent() throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        loaded = new ContentLoader(Path.of("content"), Path.of(".")).loadActs().get(0);
        act = loaded.texts().values().iterator().next().lines();
    }

    /** From the file through load, parse, resolve and the library check: a model or diagnostics, never an exception. */
    @Test
    void aDamagedActGivesAModelOrDiagnosticsNeverAnException() {
        HangGuard guard = new HangGuard(LIMIT); // one per property: after a hang it passes every later case
        Fuzz.qt().forAll(Fuzz.cases(act.size())).checkAssert(c -> guard.run(c, () -> buildStages(c)));
    }

    /** Whatever the damage, the model keeps every word of the text in order, less the markers and notes it reads. */
    @Test
    void aDamagedActKeepsEveryWordInOrder() {
        HangGuard guard = new HangGuard(LIMIT);
        Fuzz.qt().forAll(Fuzz.cases(act.size())).checkAssert(c -> guard.run(c, () -> keepsWords(c)));
    }

    static void buildStages(Fuzz.Case c) throws IOException {
        String text = String.join("\n", c.apply(act)) + "\n";
        Files.write(project.resolve(TEXT), text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate is written as '?'
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(project.resolve("content"), project).run(diagnostics);
        List<Diagnostic> all = diagnostics.sorted();
        assertEquals(content == null, diagnostics.hasErrors(), () -> "a result with errors, or none without: " + all);
        int lines = SourceText.of(TEXT, text).size();
        for (Diagnostic d : all) {
            assertTrue(d.file() != null && Files.exists(project.resolve(d.file())), () -> "names no file of the project: " + d);
            assertTrue(d.line() >= 0 && (!d.file().equals(TEXT) || d.line() <= lines), () -> "line outside the file: " + d);
            assertFalse(d.message() == null || d.message().isBlank(), () -> "says nothing: " + d);
        }
        if (content != null) {
            Set<String> ids = new HashSet<>();
            for (ProvisionNode n : content.acts().get(0).act().nodes()) assertTrue(ids.add(n.id()), () -> "two nodes have id " + n.id());
        }
    }

    static void keepsWords(Fuzz.Case c) {
        SourceText text = SourceText.of(TEXT, String.join("\n", c.apply(act)));
        LoadedAct damaged = new LoadedAct(loaded.manifest(), loaded.manifestFile(), loaded.pins(), loaded.pinsFile(),
                Map.of(loaded.texts().keySet().iterator().next(), text));
        Act model;
        try {
            model = Pipeline.parseAndResolve(damaged, new Diagnostics()).get(0).act();
        } catch (ContentError e) {
            // no model to compare: the text is refused, which must say where (the run property checks the rest)
            assertTrue(e.file().equals(TEXT) && e.line() >= 1, () -> "refused without saying where: " + e);
            return;
        }
        List<String> problems = SourceWords.problems(text, model);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, first: " + problems.subList(0, Math.min(3, problems.size())));
    }
}
