package lexsite.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import lexsite.model.Article;

/**
 * Finds articles the source seems to give twice in different wordings: near neighbours that share most of
 * their word sequences.
 */
public final class DuplicateDetector {

    /** {@code later} repeats {@code earlier}; both are positions in the list given. */
    public record Pair(int earlier, int later, double similarity) {
    }

    static final double THRESHOLD = 0.5;
    private static final int WINDOW = 4;

    private DuplicateDetector() {
    }

    public static List<Pair> find(List<Article> articles) {
        List<Set<String>> shingles = articles.stream().map(DuplicateDetector::shingles).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int j = 0; j < articles.size(); j++) {
            for (int i = Math.max(0, j - WINDOW); i < j; i++) {
                double s = jaccard(shingles.get(i), shingles.get(j));
                if (s >= THRESHOLD && shingles.get(j).size() >= 10) pairs.add(new Pair(i, j, s));
            }
        }
        return pairs;
    }

    private static Set<String> shingles(Article article) {
        StringBuilder text = new StringBuilder();
        article.lines().forEach(l -> text.append(l.line().text()).append(' '));
        String[] words = text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= words.length; i++) out.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
