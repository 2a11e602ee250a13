package lexsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.LoadedAct;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.publish.SiteBuild;
import lexsite.resolve.ActResolver;
import lexsite.site.BuiltSite;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure `lexsite check` prints is what a reader of the built site sees: counted here from the site's own
 * model export (data/…json), not from the model `check` holds. The figures "with no number pins" are held against
 * a real build of the project with its number pins deleted.
 */
class CheckFiguresTest {

    private static final String DATA = "data/foreigners-act/2025-06-30-en.json";
    private static ActResolver.Result resolved;
    private static LoadedAct loaded;

    @BeforeAll
    static void check() {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
        assertNotNull(content, diagnostics.sorted().toString());
        resolved = content.acts().get(0);
        loaded = content.loaded().get(0);
    }

    @Test
    void theFiguresAreThoseOfTheBuiltSite() throws IOException {
        JsonNode site = json(BuiltSite.root().resolve(DATA));
        Summary summary = Summary.of(resolved);
        int articles = 0, weak = 0, pinned = 0;
        for (JsonNode a : articles(site)) {
            if (!a.path("kind").asText().equals("ARTICLE")) continue;
            articles++;
            if (a.path("certainty").path("level").asText().equals("WEAK")) weak++;
            if (a.path("origin").asText().equals("PINNED")) pinned++;
        }
        int resolvedLinks = 0;
        for (JsonNode c : site.path("citations")) {
            if (c.path("citation").has("article") && !c.path("citation").has("externalAct") && c.has("targetId")) resolvedLinks++;
        }
        assertEquals(summary.articles(), articles, "articles");
        assertEquals(summary.level("WEAK"), weak, "weak numbers");
        assertEquals(summary.numbering().pinned(), pinned, "pinned numbers");
        assertEquals(summary.resolved(), resolvedLinks, "citations of articles that lead to one");
    }

    @Test
    void theFiguresWithNoNumberPinsAreThoseOfABuildWithout(@TempDir Path project) throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        Path pins = project.resolve("content/acts/foreigners-act/pins.yaml");
        Files.writeString(pins, Files.readString(pins).replaceFirst("(?s)articles:.*?(?=\\nsecond-wordings:)", "articles: []"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, new SiteBuild(project, project.resolve("site"), false).run(out, out), log::toString);

        Map<Integer, String> with = numbersByLine(json(BuiltSite.root().resolve(DATA)));
        JsonNode pinFreeSite = json(project.resolve("site").resolve(DATA));
        Map<Integer, String> without = numbersByLine(pinFreeSite);
        TreeSet<Integer> lines = new TreeSet<>(with.keySet());
        lines.addAll(without.keySet());
        int differing = (int) lines.stream().filter(l -> !Objects.equals(with.get(l), without.get(l))).count();
        int resolvedWithout = 0;
        for (JsonNode c : pinFreeSite.path("citations")) {
            if (c.path("citation").has("article") && !c.path("citation").has("externalAct") && c.has("targetId")) resolvedWithout++;
        }

        PinFreeRun run = PinFreeRun.of(loaded, resolved);
        assertEquals(differing, run.differing(), "articles numbered differently");
        assertEquals(resolvedWithout, run.resolved(), "citations resolving without the pins");
    }

    private static Map<Integer, String> numbersByLine(JsonNode site) {
        Map<Integer, String> out = new HashMap<>();
        for (JsonNode a : articles(site)) {
            if (a.path("kind").asText().equals("ARTICLE")) out.put(a.path("line").asInt(), a.path("label").asText());
        }
        return out;
    }

    private static Iterable<JsonNode> articles(JsonNode site) {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode d : site.path("act").path("body")) collect(d, out);
        return out;
    }

    private static void collect(JsonNode division, java.util.List<JsonNode> out) {
        division.path("articles").forEach(out::add);
        division.path("children").forEach(c -> collect(c, out));
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
