package lexsite.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.PinsFile;
import lexsite.load.SourceText;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.GazetteIssue;
import lexsite.parse.ActTextParser;
import lexsite.parse.Fixtures;
import lexsite.parse.ParseHints;
import lexsite.resolve.ActResolver;

/** Small acts parsed and resolved from the text fixtures beside the render tests. */
public final class TestActs {

    private TestActs() {
    }

    static ActResolver.Result resolve(String fixture) {
        return resolve(Fixtures.text("/lexsite/render/" + fixture), new Diagnostics());
    }

    /** {@code text} as the test act's one version, reporting into {@code diagnostics}. */
    public static ActResolver.Result resolve(SourceText text, Diagnostics diagnostics) {
        GazetteIssue issue = new GazetteIssue(52, 2025);
        ActVersion version = new ActVersion(issue, LocalDate.of(2025, 6, 27), LocalDate.of(2025, 6, 30), "en",
                text.file(), "test", "test");
        ActManifest manifest = new ActManifest("test-act", Map.of("en", "Test Act"), "bg", new GazetteIssue(1, 2000),
                LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1), List.of(version));
        var parsed = ActTextParser.parse(text, new ParseHints(List.of(), List.of()), diagnostics);
        return new ActResolver(text.file(), PinsFile.NONE, null, diagnostics).resolve(manifest, version, parsed);
    }
}
