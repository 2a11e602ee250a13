package lexsite.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.compare.WordDiff.Kind;
import lexsite.compare.WordDiff.Run;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aChangedWordIsDeletedThenInsertedAndTheRestIsShared() {
        List<Run> runs = WordDiff.of("A fine of BGN 500 shall be imposed.", "A fine of BGN 1,000 shall be imposed.");
        assertEquals(List.of(new Run(Kind.SAME, "A fine of BGN "), new Run(Kind.DELETED, "500"), new Run(Kind.INSERTED, "1,000"),
                new Run(Kind.SAME, " shall be imposed.")), runs);
    }

    @Test
    void eachSideComesBackExactly() {
        String before = "The costs  shall be borne by the employer – a natural person.\tSecond sentence.";
        String after = "The costs shall be borne by the employer or the host organisation; (new) third.";
        List<Run> runs = WordDiff.of(before, after);
        assertEquals(before, WordDiff.side(runs, false));
        assertEquals(after, WordDiff.side(runs, true));
        assertTrue(WordDiff.changed(runs));
    }

    @Test
    void equalTextsAreOneSharedRun() {
        List<Run> runs = WordDiff.of("Same text.", "Same text.");
        assertFalse(WordDiff.changed(runs));
        assertEquals(List.of(new Run(Kind.SAME, "Same text.")), runs);
        assertEquals(List.of(), WordDiff.of("", ""));
    }
}
