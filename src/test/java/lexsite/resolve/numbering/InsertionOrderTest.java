package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.inserted;
import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsertionOrderTest {

    private final InsertionOrder order = new InsertionOrder(List.of(article(inserted(2011), 1, "Later."),
            article(inserted(2001), 1, "Earlier."), article(inserted(2016), 1, "Latest.")));

    @Test
    void aLetterInsertedYearsBeforeTheLetterAheadOfItContradictsTheOrder() {
        assertEquals(Weights.LETTER_OUT_OF_ORDER, order.step(0, n("24a"), 1, n("24b")));
    }

    @Test
    void lettersInTheOrderOfInsertionOrUnderAnotherNumberAreFine() {
        assertEquals(0, order.step(1, n("24a"), 2, n("24b")));
        assertEquals(0, order.step(0, n("24a"), 1, n("25")));
        assertEquals(0, order.step(0, n("24a"), 1, n("25a")));
    }
}
