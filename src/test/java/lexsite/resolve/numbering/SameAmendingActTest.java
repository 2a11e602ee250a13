package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.inserted;
import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameAmendingActTest {

    private final SameAmendingAct run = new SameAmendingAct(List.of(article(inserted(2003), 1, "Register."),
            article(inserted(2003), 1, "Data."), article(inserted(2007), 1, "Other act.")));

    /** The register articles appended in 2003 run 54, 55 … 61; the last does not turn into 60a. */
    @Test
    void neighboursOneActInsertedTakeConsecutiveNumbersOfOneKind() {
        assertEquals(Weights.SAME_ACT_RUN, run.step(0, n("60"), 1, n("61")));
        assertEquals(0, run.step(0, n("60"), 1, n("60a")));
        assertEquals(Weights.SAME_ACT_RUN, run.step(0, n("47a"), 1, n("47b")));
    }

    @Test
    void neighboursFromTwoActsSayNothing() {
        assertEquals(0, run.step(1, n("60"), 2, n("61")));
    }
}
