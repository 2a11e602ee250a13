package lexsite.search.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A term's postings in one partition, best first: by {@code freq × normInverse} (what BM25 grows with), then by
 * document. Any posting after another scores no more than it, so the score of the last one a client holds bounds
 * every posting it has not loaded. The first {@link #HEAD} go in the term shard; the rest in tail chunks that grow
 * fourfold ({@link #TAIL} first), each loaded only when the top hits cannot be decided without it.
 */
final class ImpactOrder {

    static final int HEAD = 16;
    static final int TAIL = 64;

    private ImpactOrder() {
    }

    static float impact(FieldStats.Posting p, FieldStats field) {
        return p.freq() * Bm25.normInverse(field.lengths()[p.doc()], field.averageLength(), field.b());
    }

    static List<FieldStats.Posting> sorted(List<FieldStats.Posting> postings, FieldStats field) {
        Comparator<FieldStats.Posting> byImpact = Comparator.comparingDouble((FieldStats.Posting p) -> impact(p, field)).reversed();
        List<FieldStats.Posting> out = new ArrayList<>(postings);
        out.sort(byImpact.thenComparingInt(FieldStats.Posting::doc));
        return out;
    }

    /**
     * What bounds the postings after the first {@code end} of {@code sorted} (none when they are all loaded):
     * ";A" with A the next posting's "length[.freq]" when its impact is below the last loaded one's, else ";A;B"
     * with B the first posting of lower impact (";A;" when there is none). The engine bounds a document that
     * comes after the last loaded posting by A's score, and one that comes before it (so cannot share its impact)
     * by B's.
     */
    static String next(List<FieldStats.Posting> sorted, int end, FieldStats field) {
        if (end >= sorted.size()) return "";
        float last = impact(sorted.get(end - 1), field);
        StringBuilder out = new StringBuilder(";").append(shape(sorted.get(end), field));
        if (impact(sorted.get(end), field) < last) return out.toString();
        out.append(';');
        for (int i = end + 1; i < sorted.size(); i++) {
            if (impact(sorted.get(i), field) < last) return out.append(shape(sorted.get(i), field)).toString();
        }
        return out.toString();
    }

    private static String shape(FieldStats.Posting p, FieldStats field) {
        return Compact.shape(field.lengths()[p.doc()], p.freq());
    }

    /** The head, then the tail chunks. */
    static List<List<FieldStats.Posting>> tiers(List<FieldStats.Posting> sorted) {
        List<List<FieldStats.Posting>> out = new ArrayList<>();
        int start = 0;
        int size = HEAD;
        while (start < sorted.size() || out.isEmpty()) {
            int end = Math.min(sorted.size(), start + size);
            out.add(sorted.subList(start, end));
            start = end;
            size = out.size() == 1 ? TAIL : size * 4;
        }
        return out;
    }
}
