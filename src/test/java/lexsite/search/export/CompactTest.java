package lexsite.search.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Postings as runs of one shape: the shape once a run, then the first document and the gaps. */
class CompactTest {

    private static FieldStats.Posting posting(int doc, int freq) {
        return new FieldStats.Posting(doc, freq, new int[freq]);
    }

    @Test
    void aRunWritesItsShapeOnceAndItsDocumentsAsGaps() {
        int[] lengths = new int[2000];
        lengths[5] = lengths[41] = lengths[1000] = 12;
        lengths[7] = 12;
        lengths[3] = 40;
        // impact order: 5, 41, 1000 share a shape; 7 has another freq; 3 another length
        List<FieldStats.Posting> postings = List.of(posting(5, 1), posting(41, 1), posting(1000, 1), posting(7, 2), posting(3, 1));
        String text = Compact.postings(postings, lengths);
        assertEquals("c:5,10,qn c.2:7 14:3", text); // 12 = "c", 36 = "10", 959 = "qn", 40 = "14" in base 36
        assertEquals(postings.size(), SearchExportTest.postings(text).size());
        assertArrayEquals(new int[] {1000, 12, 1}, SearchExportTest.postings(text).get(2));
    }

    @Test
    void aShapeWhoseDocumentsDoNotIncreaseStartsANewRun() {
        int[] lengths = new int[10];
        lengths[4] = lengths[2] = 3;
        // the same shape and impact twice, out of document order: never a negative gap
        String text = Compact.postings(List.of(posting(4, 1), posting(2, 1)), lengths);
        assertEquals("3:4 3:2", text);
        assertArrayEquals(new int[] {2, 3, 1}, SearchExportTest.postings(text).get(1));
    }
}
