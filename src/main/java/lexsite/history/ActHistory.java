package lexsite.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lexsite.model.Article;
import lexsite.resolve.ActResolver;

/**
 * Every consolidated version of one act in one language, oldest first: the newest is the current one, whose pages
 * keep today's addresses; each older one has pages of its own, under its date.
 */
public record ActHistory(String actId, String language, List<ActResolver.Result> versions) {

    public ActHistory {
        versions = versions.stream().sorted(Comparator.comparing(r -> r.act().version().effective())).toList();
    }

    /** One history per act and language, from every resolved version the pipeline made. */
    public static List<ActHistory> of(List<ActResolver.Result> results) {
        java.util.Map<String, List<ActResolver.Result>> byActAndLanguage = new java.util.LinkedHashMap<>();
        for (ActResolver.Result r : results) {
            String key = r.act().manifest().id() + "\u0000" + r.act().version().language();
            byActAndLanguage.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<ActHistory> out = new ArrayList<>();
        byActAndLanguage.forEach((k, rs) -> out.add(new ActHistory(rs.get(0).act().manifest().id(),
                rs.get(0).act().version().language(), rs)));
        return out;
    }

    public ActResolver.Result current() {
        return versions.get(versions.size() - 1);
    }

    public boolean isCurrent(ActResolver.Result version) {
        return version == current();
    }

    /** What each version changed against the one before it, oldest first (none for the first). */
    public List<VersionChanges> steps() {
        List<VersionChanges> out = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) out.add(VersionChanges.of(versions.get(i - 1), versions.get(i)));
        return out;
    }

    /** The article with {@code id} in {@code version}, if it has one. */
    public static Optional<Article> article(ActResolver.Result version, String id) {
        return version.act().provisions().stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
