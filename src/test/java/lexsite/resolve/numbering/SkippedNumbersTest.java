package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SkippedNumbersTest {

    @Test
    void everyNumberBetweenNeighboursIsAnArticleLost() {
        assertEquals(0, SkippedNumbers.skipped(n("24"), n("24a")));
        assertEquals(1, SkippedNumbers.skipped(n("9g"), n("9e")));
        assertEquals(2, SkippedNumbers.skipped(n("24m"), n("25b"))); // 25 and 25a; letters after 24m were never given
        assertEquals(0, SkippedNumbers.skipped(n("21k"), n("22")));
        assertEquals(-1, SkippedNumbers.skipped(n("22"), n("21k")));
        assertEquals(2 * Weights.MISSING_NUMBER, new SkippedNumbers().step(0, n("30"), 1, n("33")));
    }
}
