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

    static List<FieldStats.Posting> sorted(List<FieldStats.Posting> postings, FieldStats field) {
        float average = field.averageLength();
        Comparator<FieldStats.Posting> byImpact = Comparator.comparingDouble(
                (FieldStats.Posting p) -> p.freq() * Bm25.normInverse(field.lengths()[p.doc()], average)).reversed();
        List<FieldStats.Posting> out = new ArrayList<>(postings);
        out.sort(byImpact.thenComparingInt(FieldStats.Posting::doc));
        return out;
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
