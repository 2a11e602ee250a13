package lexsite.search.export;

import java.util.List;

/**
 * The compact string encodings of the export (engine.js decodes them): numbers in base 36, postings as runs of
 * one shape ("length[.freq]:doc,gap,…").
 */
final class Compact {

    private Compact() {
    }

    static String n(long value) {
        return Long.toString(value, 36);
    }

    /**
     * Postings in the given order (impact, then document) as runs of one shape, "shape:doc,gap,gap…", runs joined
     * by " ": the shape ({@link #shape}) once a run, then the first document and each next one as the gap from the
     * one before. Equal shapes score alike, so a run's documents increase; on a site of many acts a run holds the
     * like passages of every act, and this form is about a third of "doc.length" per posting.
     */
    static String postings(List<FieldStats.Posting> postings, int[] lengths) {
        StringBuilder out = new StringBuilder();
        String run = null;
        int previous = 0;
        for (FieldStats.Posting p : postings) {
            String shape = shape(lengths[p.doc()], p.freq());
            if (shape.equals(run) && p.doc() > previous) {
                out.append(',').append(n(p.doc() - previous));
            } else {
                if (out.length() > 0) out.append(' ');
                out.append(shape).append(':').append(n(p.doc()));
                run = shape;
            }
            previous = p.doc();
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
