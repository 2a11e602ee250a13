package lexsite.resolve.numbering;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentLoader;
import lexsite.load.LoadedAct;
import lexsite.model.Act;
import lexsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The real act's numbers against the reference table built from public sources (see {@link ReferenceTable}): with
 * the maintainers' pins, and with no number pins at all. Each figure is the one reached; the test fails below it.
 */
class ReferenceNumbersTest {

    static LoadedAct foreignersAct() {
        return new ContentLoader(Path.of("content"), Path.of(".")).loadActs().stream()
                .filter(a -> a.manifest().id().equals("foreigners-act")).findFirst().orElseThrow();
    }

    static Act numbered(LoadedAct act) {
        return Pipeline.parseAndResolve(act, new Diagnostics()).get(0).act();
    }

    @Test
    void everyReferenceArticleHasItsNumberWithThePins() {
        ReferenceTable.Score score = ReferenceTable.score(numbered(foreignersAct()));
        System.out.println("with pins: " + score);
        assertTrue(score.right() >= 171, score.toString());
    }

    @Test
    void everyReferenceArticleHasItsNumberWithNoNumberPins() {
        ReferenceTable.Score score = ReferenceTable.score(numbered(foreignersAct().withoutNumberPins()));
        System.out.println("with no number pins: " + score);
        assertTrue(score.right() >= 171, score.toString());
    }
}
