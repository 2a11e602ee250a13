package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.inserted;
import static lexsite.resolve.numbering.Blocks.n;
import static lexsite.resolve.numbering.Blocks.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.model.AmendmentKind;
import lexsite.model.Provenance;
import org.junit.jupiter.api.Test;

class StatedOriginTest {

    private final StatedOrigin origin = new StatedOrigin(List.of(article(note(AmendmentKind.AMENDED, 2001, null), 1, "Old."),
            article(inserted(2007), 1, "Inserted."), article(Provenance.NONE, 1, "No note."), article(Provenance.NONE, 1, "Last."),
            article(inserted(2003), 1, "Appended."), article(inserted(2003), 1, "Appended too.")));

    @Test
    void aNoteSayingAmendedMeansAWholeNumber() {
        assertEquals(0, origin.score(0, n("5")));
        assertEquals(Weights.ORIGINAL_AS_LETTER, origin.score(0, n("5a")));
    }

    @Test
    void aNoteSayingNewMeansALetter() {
        assertEquals(0, origin.score(1, n("5a")));
        assertEquals(Weights.INSERTED_AS_WHOLE, origin.score(1, n("6")));
    }

    @Test
    void noNoteAtAllSaysLittle() {
        assertEquals(Weights.UNSTATED_AS_LETTER, origin.score(2, n("5a")));
        assertTrue(Weights.UNSTATED_AS_LETTER > Weights.ORIGINAL_AS_LETTER);
    }

    @Test
    void articlesAppendedAtTheEndTakeWholeNumbers() {
        assertEquals(0, origin.score(4, n("9")));
        assertEquals(0, origin.score(5, n("10")));
    }
}
