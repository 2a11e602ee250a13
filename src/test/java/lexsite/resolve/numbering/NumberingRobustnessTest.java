package lexsite.resolve.numbering;

import static org.junit.jupiter.api.Assertions.assertTrue;

import lexsite.load.LoadedAct;
import org.junit.jupiter.api.Test;

/** The numbering barely moves when the copy loses a share of its notes at random, with no number pins to lean on. */
class NumberingRobustnessTest {

    private static final long[] SEEDS = {1, 2, 3, 4, 5};

    @Test
    void fivePercentOfTheNotesLostMovesFewNumbers() {
        LoadedAct act = ReferenceNumbersTest.foreignersAct().withoutNumberPins();
        int worst = Integer.MAX_VALUE, sum = 0;
        for (long seed : SEEDS) {
            ReferenceTable.Score score = ReferenceTable.score(ReferenceNumbersTest.numbered(NumberingBenchmark.withNotesLost(act, seed)));
            System.out.println("5% of notes lost, seed " + seed + ": " + score);
            worst = Math.min(worst, score.right());
            sum += score.right();
        }
        double mean = 100.0 * sum / SEEDS.length / ReferenceTable.ROWS.size();
        // the figures reached (docs/BENCHMARKS.md): each seed at least 154 of 171 (90%), 94.5% on average
        assertTrue(worst >= 154, "worst seed: " + worst);
        assertTrue(mean >= 94.0, "mean: " + mean);
    }
}
