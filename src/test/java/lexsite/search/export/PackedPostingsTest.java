package lexsite.search.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedPostingsTest {

    @Test
    void givesBackEachPostingWithItsPositions() {
        PackedPostings.Builder builder = new PackedPostings.Builder();
        builder.doc(3, 1);
        builder.position(7);
        builder.doc(40, 3);
        builder.position(0);
        builder.position(5);
        builder.position(9);
        List<FieldStats.Posting> postings = builder.build();

        assertEquals(2, postings.size());
        assertEquals(3, postings.get(0).doc());
        assertArrayEquals(new int[] {7}, postings.get(0).positions());
        assertEquals(40, postings.get(1).doc());
        assertEquals(3, postings.get(1).freq());
        assertArrayEquals(new int[] {0, 5, 9}, postings.get(1).positions());
    }

    @Test
    void startsEmptyAgainForTheNextTermAndGrowsPastItsFirstArrays() {
        PackedPostings.Builder builder = new PackedPostings.Builder();
        builder.doc(1, 0);
        builder.build();
        for (int doc = 0; doc < 100; doc++) {
            builder.doc(doc, 2);
            builder.position(doc);
            builder.position(doc + 1);
        }
        List<FieldStats.Posting> postings = builder.build();

        assertEquals(100, postings.size());
        assertEquals(99, postings.get(99).doc());
        assertArrayEquals(new int[] {99, 100}, postings.get(99).positions());
    }

    @Test
    void refusesAPostingWhosePositionsAreMissing() {
        PackedPostings.Builder builder = new PackedPostings.Builder();
        builder.doc(1, 2);
        builder.position(4);
        assertThrows(IllegalStateException.class, builder::build);
        assertThrows(IllegalStateException.class, () -> builder.doc(2, 1));
    }
}
