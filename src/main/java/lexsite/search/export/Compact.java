package lexsite.search.export;

import java.util.List;

/**
 * The compact string encodings of the export (engine.js decodes them): numbers in base 36, a posting as
 * "doc.length" or "doc.length.freq", postings joined by ",".
 */
final class Compact {

    private Compact() {
    }

    static String n(long value) {
        return Long.toString(value, 36);
    }

    /** Postings in the given order: "doc.length[.freq]" each, the freq left out when it is 1. */
    static String postings(List<FieldStats.Posting> postings, int[] lengths) {
        StringBuilder out = new StringBuilder();
        for (FieldStats.Posting p : postings) {
            if (out.length() > 0) out.append(',');
            out.append(n(p.doc())).append('.').append(shape(lengths[p.doc()], p.freq()));
        }
        return out.toString();
    }

    /** A posting's shape, what its score depends on: "length[.freq]", the freq left out when it is 1. */
    static String shape(int length, int freq) {
        return freq == 1 ? n(length) : n(length) + "." + n(freq);
    }

    /** Postings in document order with positions: "docGap.length.pos.posGap…" each, gaps from the one before. */
    static String positions(List<FieldStats.Posting> postings, int[] lengths) {
        StringBuilder out = new StringBuilder();
        int previous = 0;
        for (FieldStats.Posting p : postings) {
            if (out.length() > 0) out.append(',');
            out.append(n(p.doc() - previous)).append('.').append(n(lengths[p.doc()]));
            previous = p.doc();
            int before = 0;
            for (int position : p.positions()) {
                out.append('.').append(n(position - before));
                before = position;
            }
        }
        return out.toString();
    }

    /** Increasing document numbers as gaps from {@code base} and then from each other: "3,1,1,20". */
    static String docs(List<Integer> docs, int base) {
        StringBuilder out = new StringBuilder();
        int previous = base;
        for (int doc : docs) {
            if (out.length() > 0) out.append(',');
            out.append(n(doc - previous));
            previous = doc;
        }
        return out.toString();
    }
}
