package lexsite.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.PinsFile;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.GazetteIssue;
import lexsite.parse.ActTextParser;
import lexsite.parse.Fixtures;
import lexsite.parse.ParseHints;
import lexsite.resolve.ActResolver;

/**
 * A made-up Markets Act in three consolidated versions (src/test/resources/lexsite/history): 2020; 2022, after SG
 * 20/2022 amended Article 2, inserted 2a, repealed 3 and 4(2), added 4(3) and changed Article 5 with no note saying
 * so (and noted Article 5a as amended without changing it); 2024, after SG 8/2024 renumbered 5a as 5b and amended 6.
 */
final class Markets {

    static final ActResolver.Result V2020 = version("markets-2020.txt", 2020, 5, 2019);
    static final ActResolver.Result V2022 = version("markets-2022.txt", 2022, 20, 2022);
    static final ActResolver.Result V2024 = version("markets-2024.txt", 2024, 8, 2024);

    private Markets() {
    }

    private static ActResolver.Result version(String file, int year, int issue, int issueYear) {
        var text = Fixtures.text("/lexsite/history/" + file);
        ActVersion version = new ActVersion(new GazetteIssue(issue, issueYear), LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1),
                "en", file, "test", "test");
        ActManifest manifest = new ActManifest("markets", Map.of("en", "Markets Act"), "bg", new GazetteIssue(1, 2000),
                LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1), List.of(version));
        Diagnostics diagnostics = new Diagnostics();
        var parsed = ActTextParser.parse(text, ParseHints.NONE, diagnostics);
        return new ActResolver(text.file(), PinsFile.NONE, null, diagnostics).resolve(manifest, version, parsed);
    }
}
