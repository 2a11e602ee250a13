package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.ArticleNumber;

/** The act's references to its own articles, by the number they cite and by the block that makes them. */
final class Citations {

    /** Positions in {@link #all} of the references to each number. */
    private final Map<ArticleNumber, List<Integer>> to = new HashMap<>();
    private final List<Map<ArticleNumber, Integer>> citedBy = new ArrayList<>();
    final List<Reference> all;

    Citations(int blocks, List<Reference> references) {
        all = references.stream().filter(r -> !r.citation().isExternal() && !r.citation().isRelative()).toList();
        for (int i = 0; i < blocks; i++) citedBy.add(new HashMap<>());
        for (int k = 0; k < all.size(); k++) {
            Reference r = all.get(k);
            to.computeIfAbsent(r.citation().article(), n -> new ArrayList<>()).add(k);
            if (r.citingBlock() >= 0) citedBy.get(r.citingBlock()).merge(r.citation().article(), 1, Integer::sum);
        }
    }

    /** Positions of the references to {@code n} made outside {@code block}. */
    List<Integer> to(ArticleNumber n, int block) {
        List<Integer> out = new ArrayList<>();
        for (int k : to.getOrDefault(n, List.of())) if (all.get(k).citingBlock() != block) out.add(k);
        return out;
    }

    /** How many times the text of {@code block} cites {@code n}. */
    int citing(int block, ArticleNumber n) {
        return citedBy.get(block).getOrDefault(n, 0);
    }
}
