package lexsite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import lexsite.check.Diagnostic;
import lexsite.check.Diagnostics;
import lexsite.load.SourceText;
import lexsite.parse.Fixtures;
import lexsite.render.TestActs;
import org.junit.jupiter.api.Test;

/** What the fuzz tests (lexsite.fuzz.ActFuzzTest, docs/FUZZING.md) found, each as its shrunk example. */
class FuzzFoundTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    /** Used to throw "no numbering fits article at line 2" out of the build. */
    @Test
    void explicitNumbersThatCannotFollowWhatComesBeforeAreReportedNotThrown() {
        Diagnostics diagnostics = new Diagnostics();
        TestActs.resolve(Fixtures.text("/lexsite/resolve/numbers-out-of-order.txt"), diagnostics);
        assertEquals(List.of("/lexsite/resolve/numbers-out-of-order.txt:4: warning: article 2 comes after article 3 (line 3) [article-order]"),
                diagnostics.withCode("article-order").stream().map(Diagnostic::toString).toList());
        // Which of lines 1 and 2 the conflict is reported at depends on ActResolver's map order, not on this fix.
        List<Diagnostic> conflicts = diagnostics.withCode("number-conflict");
        assertEquals(1, conflicts.size(), conflicts::toString);
        assertTrue(conflicts.get(0).message().startsWith("article number 1 is also given to the article at line "), conflicts::toString);
    }

    /** Java's \b looks back over every combining mark: a run of them made each search quadratic (minutes). */
    @Test
    void aLongRunOfCombiningMarksIsQuick() {
        resolveQuickly("(amended – SG No. 52 of 2025" + "\u0301".repeat(40_000) + ")\nArticle 5 applies." + "\u0301".repeat(40_000));
    }

    /** EFFECTIVE's leading "[,\s]*" was tried from every comma of a run. */
    @Test
    void aLongRunOfCommasInANoteIsQuick() {
        resolveQuickly("(amended – SG No. 52 of 2025" + ",".repeat(40_000) + ")\nText.");
    }

    /** The splitting of a note's issues at ", " and " and " was retried from every character of a whitespace run. */
    @Test
    void aLongRunOfTabsInANoteIsQuick() {
        resolveQuickly("(2) (Repealed – State" + "\t".repeat(150_000) + " Gazette No. 63 of 2005, in force from 01.01.2006) Text.");
    }

    /** Each "paragraph (1)" was read on to the end of the line, once for every one of them. */
    @Test
    void aLineOfThousandsOfRelativeCitationsIsQuick() {
        resolveQuickly("(1) Text.\n" + "paragraph (1) ".repeat(14_000));
    }

    private static void resolveQuickly(String text) {
        assertTimeoutPreemptively(QUICK, () -> TestActs.resolve(SourceText.of("long.txt", text), new Diagnostics()));
    }
}
