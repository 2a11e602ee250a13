package lexsite.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentError;
import lexsite.load.SourceText;
import lexsite.parse.Fixtures;
import lexsite.render.TestActs;
import org.junit.jupiter.api.Test;

/** What the fuzz tests (lexsite.fuzz.ActFuzzTest, docs/FUZZING.md) found, each as its shrunk example. */
class FuzzFoundTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    /** Used to throw IllegalStateException("no numbering fits article at line 2") out of the build. */
    @Test
    void explicitNumbersThatCannotFollowWhatComesBeforeAreAContentErrorWithTheirLine() {
        ContentError e = assertThrows(ContentError.class,
                () -> TestActs.resolve(Fixtures.text("/lexsite/resolve/numbers-out-of-order.txt"), new Diagnostics()));
        assertEquals("/lexsite/resolve/numbers-out-of-order.txt:2: error: no article number fits here between the numbers"
                + " the source and the pins fix around it: check the pins and the source's own numbers", e.toString());
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

    /** A back-matter heading above the first article left no article to number: the alignment indexed step -1. */
    @Test
    void aTextWhoseArticlesAllReadAsBackMatterResolvesWithNoArticles() {
        Diagnostics diagnostics = new Diagnostics();
        var result = TestActs.resolve(SourceText.of("back-matter-first.txt",
                "Transitional and final provisions\n(amended – State Gazette No. 29 of 2007)\n(1) This Act lays down rules.\n"),
                diagnostics);
        assertEquals(0, result.act().articles().size());
    }

    private static void resolveQuickly(String text) {
        assertTimeoutPreemptively(QUICK, () -> TestActs.resolve(SourceText.of("long.txt", text), new Diagnostics()));
    }
}
