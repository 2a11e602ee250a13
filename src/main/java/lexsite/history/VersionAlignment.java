package lexsite.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lexsite.compare.WordDiff;
import lexsite.model.Act;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Status;

/**
 * Pairs the articles of two versions of an act, as a reader following one provision through time would: by number
 * (the eId), then, for an article whose number is new, by its note ("previous Article 42a") or, failing that, by its
 * words, where an article of the older version that lost its number has nearly the same. What is left over is added
 * or removed, and reported.
 */
public final class VersionAlignment {

    /** Words two articles must share (by Jaccard over word sets) to be read as one article renumbered. */
    static final double SAME_ARTICLE = 0.6;

    private VersionAlignment() {
    }

    /** Every article of either version once, in the newer version's order, with the removed ones where they stood. */
    public static List<ProvisionChange> of(Act older, Act newer) {
        Map<String, Article> before = new LinkedHashMap<>();
        for (Article a : older.provisions()) before.put(a.id(), a);
        Map<Article, Article> pairs = new IdentityHashMap<>(); // newer → older, by instance: an article record hashes all its text
        Set<String> taken = new HashSet<>();
        List<Article> unpaired = new ArrayList<>();
        for (Article a : newer.provisions()) {
            Article same = before.get(a.id());
            if (same != null) {
                pairs.put(a, same);
                taken.add(same.id());
            } else {
                unpaired.add(a);
            }
        }
        for (Article a : unpaired) { // by note first: it names the number outright
            formerNumber(a).map(n -> before.get(n.id())).filter(o -> !taken.contains(o.id())).ifPresent(o -> {
                pairs.put(a, o);
                taken.add(o.id());
            });
        }
        for (Article a : unpaired) {
            if (pairs.containsKey(a)) continue;
            Article best = null;
            double bestShare = SAME_ARTICLE;
            for (Article o : before.values()) {
                if (taken.contains(o.id())) continue;
                double share = shared(ProvisionText.of(o), ProvisionText.of(a));
                if (share >= bestShare) {
                    best = o;
                    bestShare = share;
                }
            }
            if (best != null) {
                pairs.put(a, best);
                taken.add(best.id());
            }
        }
        List<ProvisionChange> out = new ArrayList<>();
        List<Article> removed = before.values().stream().filter(o -> !taken.contains(o.id())).toList();
        int r = 0;
        List<Article> olderOrder = older.provisions();
        for (Article a : newer.provisions()) {
            // an article the newer version dropped is listed where it stood: before the first article that followed it
            while (r < removed.size() && comesBefore(removed.get(r), pairs.get(a), olderOrder)) out.add(removedChange(removed.get(r++)));
            Article o = pairs.get(a);
            out.add(o == null ? new ProvisionChange(ProvisionChange.Kind.ADDED, null, a, List.of()) : compare(o, a));
        }
        while (r < removed.size()) out.add(removedChange(removed.get(r++)));
        return out;
    }

    private static ProvisionChange removedChange(Article o) {
        return new ProvisionChange(ProvisionChange.Kind.REMOVED, o, null, List.of());
    }

    private static boolean comesBefore(Article removed, Article next, List<Article> order) {
        if (next == null) return false;
        return order.indexOf(removed) < order.indexOf(next);
    }

    private static ProvisionChange compare(Article o, Article a) {
        List<WordDiff.Run> diff = WordDiff.of(ProvisionText.of(o), ProvisionText.of(a));
        ProvisionChange.Kind kind;
        if (!o.id().equals(a.id())) kind = ProvisionChange.Kind.RENUMBERED;
        else if (o.status() == Status.IN_FORCE && a.status() == Status.REPEALED) kind = ProvisionChange.Kind.REPEALED;
        else if (WordDiff.changed(diff)) kind = ProvisionChange.Kind.CHANGED;
        else kind = ProvisionChange.Kind.SAME;
        return new ProvisionChange(kind, o, a, diff);
    }

    /**
     * "(previous Article 42a – …)" or "(former Article 25 – …)": the number the article had before. ("Former text of
     * Article 25" is another thing: the article's own text, now its paragraph (1), under the same number.)
     */
    static Optional<ArticleNumber> formerNumber(Article a) {
        for (Amendment m : a.provenance().amendments()) {
            boolean renumbered = m.kind() == AmendmentKind.PREVIOUSLY_NUMBERED
                    || (m.kind() == AmendmentKind.FORMER && m.detail() != null && FORMER_ARTICLE.matcher(m.detail()).matches());
            if (!renumbered || m.detail() == null) continue;
            java.util.regex.Matcher n = FORMER_ARTICLE.matcher(m.detail());
            if (n.matches()) return ArticleNumber.parse(n.group(1));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern FORMER_ARTICLE =
            java.util.regex.Pattern.compile("(?i)(?:Article|Art\\.)\\s+(\\d{1,4}\\s*\\p{L}{0,3})");

    /** The share of words two texts have in common: the size of the intersection over the union of their word sets. */
    static double shared(String a, String b) {
        Set<String> x = words(a), y = words(b);
        if (x.isEmpty() && y.isEmpty()) return 0;
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
