package lexsite.resolve.numbering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexsite.model.Article;
import lexsite.model.LocatedLine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How well words fit each block's text, by BM25 over the blocks: a word most articles share ("foreigner",
 * "Republic") weighs little, a word few share ("appeal", "transit") much. Words are Lucene's English analysis
 * (stop words dropped, Porter stems), and the score is Lucene's BM25 formula (k1 1.2, b 0.75); the index is a map
 * in memory, as a few hundred blocks need no more, and building a Lucene index for them cost more than all the
 * rest of the numbering.
 */
public final class ContentFit {

    private static final double K1 = 1.2, B = 0.75;

    private final Analyzer analyzer = new EnglishAnalyzer();
    /** Per term, the blocks holding it and how often. */
    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    private final int[] length;
    private final double averageLength;

    public ContentFit(List<Article> blocks) {
        length = new int[blocks.size()];
        long total = 0;
        for (int b = 0; b < blocks.size(); b++) {
            for (LocatedLine l : blocks.get(b).lines()) {
                for (String term : analyze(l.line().text(), false)) {
                    postings.computeIfAbsent(term, t -> new HashMap<>()).merge(b, 1, Integer::sum);
                    length[b]++;
                }
            }
            total += length[b];
        }
        averageLength = blocks.isEmpty() ? 1 : Math.max(1, (double) total / blocks.size());
    }

    /** Per block, the BM25 score of {@code words} against its text: 0 for a block sharing none of them. */
    double[] scores(String words) {
        double[] out = new double[length.length];
        for (String term : analyze(words, true)) {
            Map<Integer, Integer> holding = postings.get(term);
            if (holding == null) continue;
            double idf = Math.log(1 + (length.length - holding.size() + 0.5) / (holding.size() + 0.5));
            for (Map.Entry<Integer, Integer> p : holding.entrySet()) {
                double tf = p.getValue();
                out[p.getKey()] += idf * tf / (tf + K1 * (1 - B + B * length[p.getKey()] / averageLength));
            }
        }
        return out;
    }

    /**
     * Per block, how well {@code words} fit it: 1 for the best-fitting block, 0 for one sharing none of them; null
     * where no block shares any of them, and the words say nothing of what they cite.
     */
    public double[] fits(String words) {
        double[] s = scores(words);
        double best = 0;
        for (double v : s) best = Math.max(best, v);
        if (best == 0) return null;
        for (int b = 0; b < s.length; b++) s[b] /= best;
        return s;
    }

    /** The analysed terms of {@code text}; for a query each term once, as a query of distinct terms scores. */
    private List<String> analyze(String text, boolean distinct) {
        Set<String> seen = distinct ? new LinkedHashSet<>() : null;
        List<String> out = new java.util.ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!distinct || seen.add(t)) out.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
