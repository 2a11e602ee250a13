package lexsite.render;

import java.util.List;
import java.util.Map;
import lexsite.parallel.Parallel;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.GazetteIssue;
import lexsite.model.ProvisionNode;

/** Writes one act's pages: contents, one page per article, the whole act, and the gazette issue pages. */
public final class ActPages {

    private final ActIndex index;
    private final SiteContext site;
    private final SitePaths paths;
    private final VersionsView versions;
    private final VersionsView.Version version;
    private final Map<Article, Division> owners = new java.util.IdentityHashMap<>();
    private ParallelPages parallel; // the current version's side-by-side views; null for older versions

    /**
     * @param index    the version to write, at the folder it names (null: the current version at today's addresses)
     * @param versions every version of the act
     * @param version  the one {@code index} holds
     */
    public ActPages(ActIndex index, SiteContext site, VersionsView versions, VersionsView.Version version) {
        this.index = index;
        this.site = site;
        this.paths = site.paths();
        this.versions = versions;
        this.version = version;
    }

    /** These pages link to the parallel views: each further wording, and each language the text is translated into. */
    public ActPages withParallel(ParallelPages pages) {
        this.parallel = pages;
        return this;
    }

    public void write(PageOutput out) {
        String actUrl = site.config().baseUrl() + index.contentsPath();
        String contents = index.contentsPath();
        Map<String, Object> toc = model(contents, index.title() + asOf(), "Contents of the " + index.title() + ", as in force from "
                + Dates.format(index.act().version().effective()) + ".", "act", JsonLd.act(index.act(), actUrl), false);
        out.write(contents, site.templates().render("act.ftlh", toc));

        String whole = index.wholePath();
        out.write(whole, site.templates().render("whole.ftlh", model(whole, index.title() + " – whole text" + asOf(),
                "The whole text of the " + index.title() + " on one page, for reading offline and printing.", "act",
                JsonLd.act(index.act(), site.config().baseUrl() + whole), true)));

        writeArticles(out, article -> true);
        if (index.folder() == null) writeGazette(out);
    }

    /** Only the pages of the articles {@code chosen} picks, as {@link #write} writes them: serve's quick preview of an edit. */
    public void writeArticles(PageOutput out, java.util.function.Predicate<Article> chosen) {
        List<Article> provisions = index.act().provisions();
        divisionOf(null); // fills the owners map before the pages render in parallel
        Parallel.run(java.util.stream.IntStream.range(0, provisions.size()).filter(i -> chosen.test(provisions.get(i)))
                .<Runnable>mapToObj(i -> () -> writeArticle(out, provisions, i)).toList());
    }

    private void writeArticle(PageOutput out, List<Article> provisions, int i) {
        Act act = index.act();
        String actUrl = site.config().baseUrl() + index.contentsPath();
        Article article = provisions.get(i);
        String path = index.articlePath(article.id());
        String label = ProvisionNode.articleLabel(article);
        Map<String, Object> m = model(path, label + " – " + index.title() + asOf(), describe(article), "act",
                JsonLd.article(act, article, site.config().baseUrl() + path, actUrl), false);
        m.put("article", article);
        m.put("label", label);
        m.put("division", divisionOf(article));
        m.put("previous", i > 0 ? provisions.get(i - 1) : null);
        m.put("next", i + 1 < provisions.size() ? provisions.get(i + 1) : null);
        m.put("help", site.helpFor(article));
        m.put("others", versions.others(version, article, path));
        m.put("wordingsHrefs", parallel == null ? List.of() : article.alternatives().stream()
                .map(alt -> SitePaths.relative(path, paths.parallelWordings(index.id(), alt.id()))).toList());
        m.put("languages", parallel == null ? List.of() : parallel.links(path, article));
        m.put("aknHref", SitePaths.relative(path, paths.akomaNtoso(index.id(), act.version().id())));
        m.put("stableHref", SitePaths.relative(path, paths.article(index.id(), version.folder(), article.id())));
        out.write(path, site.templates().render("article.ftlh", m));
    }

    /** Said after an older version's titles; nothing for the current version at today's addresses. */
    private String asOf() {
        return version.current() && index.folder() == null ? "" : " (version in force from " + version.label() + ")";
    }

    /** One gazette issue in the list: how many provisions its notes name, in the newest version naming it. */
    public record IssueRow(GazetteIssue issue, int changes, int articles) {
    }

    /**
     * The gazette pages: once, with the current version's pages, for every issue any version's notes name (and each
     * version's own). An issue only older versions name links into the newest of them.
     */
    private void writeGazette(PageOutput out) {
        String id = index.id();
        List<GazetteIssue> issues = versions.issues();
        List<IssueRow> rows = new java.util.ArrayList<>();
        for (GazetteIssue issue : issues) {
            VersionsView.Version naming = versions.newestNaming(issue);
            var g = naming == null ? null : naming.result().gazette();
            rows.add(new IssueRow(issue, g == null ? 0 : g.changes(issue).size(), g == null ? 0 : g.articles(issue).size()));
        }
        String gazette = paths.gazette(id);
        Map<String, Object> g = model(gazette, "Amendments by State Gazette issue – " + index.title(),
                "Every State Gazette issue that amended the " + index.title() + ", by year.", "changes", null, false);
        g.put("chart", TimelineChart.of(index.gazette()));
        java.util.Collections.reverse(rows); // newest first
        g.put("rows", rows);
        out.write(gazette, site.templates().render("gazette.ftlh", g));

        Map<ActIndex, ProvisionOpenings> openings = new java.util.HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            GazetteIssue issue = issues.get(i);
            String path = paths.gazetteIssue(id, issue);
            VersionsView.Version naming = versions.newestNaming(issue);
            ActIndex owner = naming == null || naming.current() ? index : new ActIndex(naming.result(), naming.folder());
            Map<String, Object> m = site.actModel(owner, path, "State Gazette No. " + issue.number() + " of " + issue.year() + " – "
                    + index.title(), "The provisions of the " + index.title() + " that State Gazette No. " + issue.number() + " of "
                    + issue.year() + " created, amended or repealed.", "changes", null, false);
            m.put("issue", issue);
            m.put("changes", naming == null ? List.of() : owner.gazette().changes(issue));
            m.put("articles", naming == null ? List.of() : owner.gazette().articles(issue));
            m.put("openings", openings.computeIfAbsent(owner, o -> new ProvisionOpenings(o.act())).byId());
            m.put("notes", owner.act().frontMatter().stream().filter(l -> GazetteIssue.namedIn(l.text()).contains(issue)).toList());
            m.put("namedIn", naming == null || naming.current() ? null : naming);
            VersionsView.Version consolidated = versions.consolidatedTo(issue);
            m.put("changedHref", consolidated == null || consolidated.index() == 0 ? null : SitePaths.relative(path,
                    paths.compare(id, versions.versions().get(consolidated.index() - 1).folder(), consolidated.folder())));
            m.put("asAmendedHref", versions.beforeEarliest(issue) ? SitePaths.relative(path, paths.asAmendedBy(id, issue)) : null);
            m.put("previousIssue", i > 0 ? issues.get(i - 1) : null);
            m.put("nextIssue", i + 1 < issues.size() ? issues.get(i + 1) : null);
            out.write(path, site.templates().render("gazette-issue.ftlh", m));
        }
    }

    private Map<String, Object> model(String path, String title, String description, String section, String jsonLd,
                                      boolean wholeAct) {
        Map<String, Object> m = site.actModel(index, path, title, description, section, jsonLd, wholeAct);
        m.put("version", version);
        m.put("versions", versions);
        return m;
    }

    /** A description for search results: the label and the article's first words. */
    private static String describe(Article article) {
        String first = article.firstText();
        if (first.length() > 150) first = first.substring(0, first.lastIndexOf(' ', 150)) + " …";
        return ProvisionNode.articleLabel(article) + (first.isEmpty() ? "" : ": " + first);
    }

    private Division divisionOf(Article article) {
        if (owners.isEmpty()) for (Division d : index.act().body()) collect(d, owners);
        return owners.get(article);
    }

    private static void collect(Division d, Map<Article, Division> owner) {
        for (Article a : d.articles()) owner.put(a, d);
        for (Division c : d.children()) collect(c, owner);
    }
}
