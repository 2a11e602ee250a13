package lexsite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.history.ActHistory;
import lexsite.history.ProvisionChange;
import lexsite.history.VersionChanges;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.resolve.ActResolver;

/**
 * The versions of one act as the pages show them: each at its stable folder (its effective date), the newest also at
 * today's addresses; what any version changed against any other; and where one article stands in the others.
 */
public final class VersionsView {

    /**
     * One version.
     *
     * @param folder    its stable folder under the act's: its effective date, "2025-06-30"
     * @param label     its date in words, "30 June 2025"
     * @param current   whether it is the newest, shown at today's addresses too
     */
    public record Version(ActResolver.Result result, String folder, String label, GazetteIssue gazette, boolean current, int index) {
    }

    /** Another version of an article, from the page of one version of it. */
    public record OtherVersion(Version version, String articleHref, String compareHref, String change) {
    }

    private final String actId;
    private final SitePaths paths;
    private final List<Version> versions = new ArrayList<>();
    private final Map<String, VersionChanges> pairs = new java.util.concurrent.ConcurrentHashMap<>(); // pages render in parallel

    public VersionsView(ActHistory history, SitePaths paths) {
        this.actId = history.actId();
        this.paths = paths;
        List<ActResolver.Result> results = history.versions();
        for (int i = 0; i < results.size(); i++) {
            ActResolver.Result r = results.get(i);
            versions.add(new Version(r, r.act().version().effective().toString(), Dates.format(r.act().version().effective()),
                    r.act().version().gazette(), i == results.size() - 1, i));
        }
    }

    public String actId() {
        return actId;
    }

    /** Oldest first. */
    public List<Version> versions() {
        return versions;
    }

    public Version current() {
        return versions.get(versions.size() - 1);
    }

    public Version earliest() {
        return versions.get(0);
    }

    public boolean hasHistory() {
        return versions.size() > 1;
    }

    /** What {@code newer} changed against {@code older} (older first), computed once. */
    public VersionChanges between(Version older, Version newer) {
        return pairs.computeIfAbsent(older.folder() + "--" + newer.folder(), k -> VersionChanges.of(older.result(), newer.result()));
    }

    /** What each version changed against the one before it; none for the first. */
    public VersionChanges changesOf(Version v) {
        return v.index() == 0 ? null : between(versions.get(v.index() - 1), v);
    }

    /** The version consolidated to {@code issue}, if one is. */
    public Version consolidatedTo(GazetteIssue issue) {
        return versions.stream().filter(v -> v.gazette().equals(issue)).findFirst().orElse(null);
    }

    /** Every gazette issue any version's notes name, and each version's own: the gazette pages there are. */
    public List<GazetteIssue> issues() {
        java.util.TreeSet<GazetteIssue> all = new java.util.TreeSet<>();
        for (Version v : versions) {
            all.addAll(v.result().gazette().issues());
            all.add(v.gazette());
        }
        return List.copyOf(all);
    }

    /** The newest version whose notes name {@code issue}; null where none does. */
    public Version newestNaming(GazetteIssue issue) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).result().gazette().issues().contains(issue)) return versions.get(i);
        }
        return null;
    }

    /** Whether {@code issue} is older than the earliest text we hold, so the act after it can only be told from notes. */
    public boolean beforeEarliest(GazetteIssue issue) {
        return issue.compareTo(earliest().gazette()) < 0;
    }

    /** The same article in every other version, as seen from the page at {@code page}. */
    public List<OtherVersion> others(Version shown, Article article, String page) {
        List<OtherVersion> out = new ArrayList<>();
        for (Version v : versions) {
            if (v == shown) continue;
            boolean later = v.index() > shown.index();
            VersionChanges changes = later ? between(shown, v) : between(v, shown);
            ProvisionChange c = changes.changes().stream()
                    .filter(x -> (later ? x.before() : x.after()) != null && (later ? x.before() : x.after()).id().equals(article.id()))
                    .findFirst().orElse(null);
            Article there = c == null ? null : later ? c.after() : c.before();
            String href = there == null ? null : SitePaths.relative(page, paths.article(actId, v.folder(), there.id()));
            String compare = c != null && c.kind().isChange() && c.after() != null && c.before() != null
                    ? SitePaths.relative(page, paths.compareArticle(actId, (later ? shown : v).folder(), (later ? v : shown).folder(), c.after().id()))
                    : null;
            out.add(new OtherVersion(v, href, compare, describe(c, later)));
        }
        return out;
    }

    private static String describe(ProvisionChange c, boolean later) {
        if (c == null) return later ? "not in this version" : "not yet in this version";
        return switch (c.kind()) {
            case SAME -> "same text";
            case CHANGED -> "text differs";
            case REPEALED -> later ? "repealed in this version" : "in force in this version";
            case RENUMBERED -> "numbered " + (later ? c.after() : c.before()).label() + " in this version";
            case ADDED -> later ? "text differs" : "not yet in this version";
            case REMOVED -> "not in this version";
        };
    }
}
