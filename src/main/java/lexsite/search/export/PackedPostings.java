package lexsite.search.export;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A term's postings held as two int arrays rather than an object per posting: at 100 acts the export reads tens of
 * millions of postings at once, and objects with their own positions arrays took over half the build's heap. Each
 * {@link FieldStats.Posting} is made when read.
 */
final class PackedPostings extends AbstractList<FieldStats.Posting> implements RandomAccess {

    /** Each posting's doc, freq and positions, one after another. */
    private final int[] data;
    /** Where each posting starts in {@link #data}. */
    private final int[] starts;

    private PackedPostings(int[] data, int[] starts) {
        this.data = data;
        this.starts = starts;
    }

    @Override
    public FieldStats.Posting get(int index) {
        int start = starts[index];
        int freq = data[start + 1];
        return new FieldStats.Posting(data[start], freq, Arrays.copyOfRange(data, start + 2, start + 2 + freq));
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** Collects one term's postings, documents in increasing order; reused from term to term. */
    static final class Builder {
        private int[] data = new int[64];
        private int[] starts = new int[16];
        private int length;
        private int count;
        private int positionsLeft;

        /** Starts the posting of {@code doc}; its {@code freq} positions follow through {@link #position}. */
        void doc(int doc, int freq) {
            if (positionsLeft != 0) throw new IllegalStateException("positions missing before document " + doc);
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = length;
            put(doc);
            put(freq);
            positionsLeft = freq;
        }

        void position(int position) {
            if (positionsLeft-- <= 0) throw new IllegalStateException("more positions than the posting's freq");
            put(position);
        }

        /** The postings collected since the last build, exactly sized; the builder starts again empty. */
        PackedPostings build() {
            if (positionsLeft != 0) throw new IllegalStateException("positions missing at the end");
            PackedPostings out = new PackedPostings(Arrays.copyOf(data, length), Arrays.copyOf(starts, count));
            length = 0;
            count = 0;
            return out;
        }

        private void put(int value) {
            if (length == data.length) data = Arrays.copyOf(data, length * 2);
            data[length++] = value;
        }
    }
}
