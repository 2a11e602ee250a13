package lexsite.search.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The term shards {@code t/<n>}: consecutive terms (in UTF-16 order) of every searched field, about {@link #CHARS}
 * characters a shard. Per term, one entry per field that has it:
 * {@code [field, positionsPack, [[partition, docFreq, head, [tailPack, …]], …]]}, the head and tails being
 * {@link ImpactOrder} tiers in {@link Compact#postings} form, each but the last followed by {@link ImpactOrder#next}.
 * Tails ({@code y/<n>}, key "field term partition tier")
 * and positions ({@code x/<n>}, key "field term", all partitions in document order) are packed elsewhere.
 */
final class TermShards {

    static final int CHARS = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shards' first terms (the first being ""), and the mean characters a posting takes in a tail. */
    record Written(List<String> firsts, double tailPostingChars) {
    }

    private TermShards() {
    }

    /** Writes the shards, tails and positions. */
    static Written write(List<FieldStats> fields, DocTable docs, ExportFiles files) {
        Packs tails = new Packs(files, "y");
        Packs positions = new Packs(files, "x");
        TreeSet<String> terms = new TreeSet<>();
        fields.forEach(f -> terms.addAll(f.postings().keySet()));
        List<String> firsts = new ArrayList<>();
        long[] tailSize = new long[2]; // characters, postings
        Map<String, Object> shard = new LinkedHashMap<>();
        int size = 0;
        for (String term : terms) {
            List<Object> entry = entry(term, fields, docs, tails, positions, tailSize);
            int length = term.length() + json(entry).length();
            if (size > 0 && size + length > CHARS) {
                files.add("t/" + (firsts.size() - 1), shard);
                shard = new LinkedHashMap<>();
                size = 0;
            }
            if (size == 0) firsts.add(firsts.isEmpty() ? "" : term);
            shard.put(term, entry);
            size += length;
        }
        if (firsts.isEmpty()) firsts.add("");
        files.add("t/" + (firsts.size() - 1), shard);
        tails.flush();
        positions.flush();
        return new Written(firsts, tailSize[1] == 0 ? 0 : Math.round(100.0 * tailSize[0] / tailSize[1]) / 100.0);
    }

    private static List<Object> entry(String term, List<FieldStats> fields, DocTable docs, Packs tails, Packs positions,
                                      long[] tailSize) {
        List<Object> out = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldStats field = fields.get(f);
            List<FieldStats.Posting> postings = field.postings().get(term);
            if (postings == null) continue;
            int positionsPack = positions.add(f + " " + term, Compact.positions(postings, field.lengths()));
            List<List<FieldStats.Posting>> byPartition = new ArrayList<>();
            for (int p = 0; p < DocTable.KINDS.size(); p++) byPartition.add(new ArrayList<>());
            for (FieldStats.Posting x : postings) byPartition.get(docs.partition(x.doc())).add(x);
            List<Object> parts = new ArrayList<>();
            for (int p = 0; p < DocTable.KINDS.size(); p++) {
                List<FieldStats.Posting> in = byPartition.get(p);
                if (in.isEmpty()) continue;
                List<FieldStats.Posting> sorted = ImpactOrder.sorted(in, field);
                List<List<FieldStats.Posting>> tiers = ImpactOrder.tiers(sorted);
                List<Integer> tailPacks = new ArrayList<>();
                int end = tiers.get(0).size();
                String head = Compact.postings(tiers.get(0), field.lengths()) + ImpactOrder.next(sorted, end, field);
                for (int t = 1; t < tiers.size(); t++) {
                    end += tiers.get(t).size();
                    String chunk = Compact.postings(tiers.get(t), field.lengths()) + ImpactOrder.next(sorted, end, field);
                    tailSize[0] += chunk.length();
                    tailSize[1] += tiers.get(t).size();
                    tailPacks.add(tails.add(f + " " + term + " " + p + " " + t, chunk));
                }
                parts.add(List.of(p, in.size(), head, tailPacks));
            }
            out.add(List.of(f, positionsPack, parts));
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
