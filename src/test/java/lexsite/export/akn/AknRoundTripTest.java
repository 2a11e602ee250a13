package lexsite.export.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lexsite.export.FirstDifference;
import lexsite.export.RealAct;
import lexsite.model.Act;
import org.junit.jupiter.api.Test;

/** The Akoma Ntoso export read back gives the very model it was written from. */
class AknRoundTripTest {

    @Test
    void theRealActReadBackEqualsTheModelWritten() {
        Act written = RealAct.result().act();
        Act read = AknReader.read(AknExport.of(RealAct.result()));
        assertEquals(written.provisions(), read.provisions(), () -> FirstDifference.of(written.provisions(), read.provisions()));
        assertEquals(written.body(), read.body(), () -> FirstDifference.of(written.body(), read.body()));
        assertEquals(written, read);
    }
}
