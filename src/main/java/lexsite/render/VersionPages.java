package lexsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lexsite.history.AsAmendedBy;
import lexsite.history.ProvisionChange;
import lexsite.history.VersionChanges;
import lexsite.model.GazetteIssue;
import lexsite.model.ProvisionNode;

/**
 * The pages about an act's versions: the list of versions; every pair of versions compared, for the whole act and
 * for each article whose text differs; and, for each gazette issue older than the earliest text held, the act as it
 * stood once that issue had amended it, read from the notes.
 */
public final class VersionPages {

    /** One version in the list. */
    public record Row(VersionsView.Version version, String contents, String changed) {
    }

    /** One changed article on a whole-act comparison. */
    public record Entry(String label, String what, List<DiffView.Run> runs, String olderHref, String newerHref, String compareHref) {
    }

    /** One article as the act stood after an old issue. */
    public record AsAmended(String label, String href, String standing, List<GazetteIssue> changedBy) {
    }

    private final VersionsView versions;
    private final SiteContext site;
    private final SitePaths paths;
    private final String title;

    public VersionPages(VersionsView versions, SiteContext site, String title) {
        this.versions = versions;
        this.site = site;
        this.paths = site.paths();
        this.title = title;
    }

    public void write(PageOutput out) {
        String id = versions.actId();
        List<Row> rows = new ArrayList<>();
        for (VersionsView.Version v : versions.versions()) {
            String changed = v.index() == 0 ? null : paths.compare(id, versions.versions().get(v.index() - 1).folder(), v.folder());
            rows.add(new Row(v, paths.act(id, v.folder()), changed));
        }
        List<GazetteIssue> before = versions.earliest().result().gazette().issues().stream().filter(versions::beforeEarliest).toList();
        Map<String, Object> list = model(paths.versions(id), "Versions – " + title,
                "Every consolidated version of the " + title + " the site holds, and how the Act stood after older amendments.");
        java.util.Collections.reverse(rows); // newest first
        list.put("rows", rows);
        list.put("before", before);
        list.put("earliest", versions.earliest());
        out.write(paths.versions(id), site.templates().render("versions.ftlh", list));

        List<VersionsView.Version> all = versions.versions();
        for (int j = 1; j < all.size(); j++) {
            for (int i = 0; i < j; i++) writeComparison(all.get(i), all.get(j), out);
        }
        for (GazetteIssue issue : before) writeAsAmended(issue, out);
    }

    private void writeComparison(VersionsView.Version older, VersionsView.Version newer, PageOutput out) {
        String id = versions.actId();
        VersionChanges changes = versions.between(older, newer);
        String page = paths.compare(id, older.folder(), newer.folder());
        List<Entry> entries = new ArrayList<>();
        for (ProvisionChange c : changes.changed()) {
            String compare = c.before() != null && c.after() != null ? paths.compareArticle(id, older.folder(), newer.folder(), c.after().id()) : null;
            entries.add(new Entry(ProvisionNode.articleLabel(c.article()), what(c), c.before() != null && c.after() != null ? DiffView.of(c.diff()) : List.of(),
                    c.before() == null ? null : paths.article(id, older.folder(), c.before().id()),
                    c.after() == null ? null : paths.article(id, newer.folder(), c.after().id()), compare));
            if (compare != null) writeArticleComparison(older, newer, c, page, compare, out);
        }
        Map<String, Object> m = model(page, "What changed from " + older.label() + " to " + newer.label() + " – " + title,
                "The articles of the " + title + " whose text differs between the versions in force from " + older.label()
                        + " and from " + newer.label() + ", word by word.");
        m.put("older", older);
        m.put("newer", newer);
        m.put("entries", entries);
        m.put("newIssues", changes.newIssues());
        out.write(page, site.templates().render("compare-act.ftlh", m));
    }

    private void writeArticleComparison(VersionsView.Version older, VersionsView.Version newer, ProvisionChange c, String actPage,
                                        String page, PageOutput out) {
        String id = versions.actId();
        String label = ProvisionNode.articleLabel(c.after());
        List<DiffView.Run> runs = DiffView.of(c.diff());
        Map<String, Object> m = model(page, label + ": " + older.label() + " and " + newer.label() + " compared – " + title,
                label + " of the " + title + " as in force from " + older.label() + " and from " + newer.label() + ", word by word.");
        m.put("older", older);
        m.put("newer", newer);
        m.put("label", label);
        String what = what(c);
        m.put("summary", Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".");
        m.put("olderLabel", ProvisionNode.articleLabel(c.before()));
        m.put("newerLabel", label);
        m.put("olderHref", paths.article(id, older.folder(), c.before().id()));
        m.put("newerHref", paths.article(id, newer.folder(), c.after().id()));
        m.put("actCompare", actPage);
        m.put("runs", runs);
        m.put("changeCount", DiffView.changes(runs));
        out.write(page, site.templates().render("compare-article.ftlh", m));
    }

    private void writeAsAmended(GazetteIssue issue, PageOutput out) {
        String id = versions.actId();
        String page = paths.asAmendedBy(id, issue);
        List<AsAmended> entries = new ArrayList<>();
        int inForce = 0, repealed = 0, notHeld = 0;
        VersionsView.Version earliest = versions.earliest();
        for (AsAmendedBy.Entry e : AsAmendedBy.of(earliest.result(), issue)) {
            entries.add(new AsAmended(ProvisionNode.articleLabel(e.article()), paths.article(id, earliest.folder(), e.article().id()),
                    e.standing().name(), e.changedBy()));
            if (e.standing() == AsAmendedBy.Standing.REPEALED) repealed++;
            else inForce++;
            if (e.standing() == AsAmendedBy.Standing.WORDING_NOT_HELD) notHeld++;
        }
        Map<String, Object> m = model(page, "The " + title + " as amended by " + issue.label(),
                "Which articles of the " + title + " were in force once " + issue.label() + " had amended it, from the notes.");
        m.put("issue", issue);
        m.put("entries", entries);
        m.put("earliest", earliest);
        m.put("inForce", inForce);
        m.put("repealed", repealed);
        m.put("notHeld", notHeld);
        out.write(page, site.templates().render("as-amended.ftlh", m));
    }

    /** What happened to an article, in words. */
    static String what(ProvisionChange c) {
        return switch (c.kind()) {
            case CHANGED -> "amended";
            case ADDED -> "new";
            case REPEALED -> "repealed";
            case RENUMBERED -> "renumbered from " + ProvisionNode.articleLabel(c.before()) + (lexsite.compare.WordDiff.changed(c.diff()) ? ", and amended" : "");
            case REMOVED -> "no longer in the text (its repeal is not recorded)";
            case SAME -> "unchanged";
        };
    }

    private Map<String, Object> model(String path, String pageTitle, String description) {
        Map<String, Object> m = site.model(PageMeta.of(path, site.config().baseUrl(), pageTitle, description, "changes", null));
        m.put("actId", versions.actId());
        m.put("title", title);
        return m;
    }
}
