package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DivisionStartTest {

    @Test
    void anOriginalChapterOpensWithAWholeNumber() {
        DivisionStart start = new DivisionStart(new boolean[] {true, false});
        assertEquals(Weights.DIVISION_OPENS_WITH_LETTER, start.score(0, n("21l")));
        assertEquals(0, start.score(0, n("22")));
        assertEquals(0, start.score(1, n("22a")));
    }
}
