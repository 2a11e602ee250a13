package lexsite.render;

import java.util.List;
import java.util.Map;
import lexsite.publish.SiteWriter;
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
    private final Map<Article, Division> owners = new java.util.IdentityHashMap<>();

    public ActPages(ActIndex index, SiteContext site) {
        this.index = index;
        this.site = site;
        this.paths = site.paths();
    }

    public void write(SiteWriter out) {
        Act act = index.act();
        String id = index.id();
        String actUrl = site.config().baseUrl() + paths.act(id);

        String contents = paths.act(id);
        Map<String, Object> toc = model(contents, index.title(), "Contents of the " + index.title() + ", as in force from "
                + Dates.format(act.version().effective()) + ".", "act", JsonLd.act(act, actUrl), false);
        out.write(contents, site.templates().render("act.ftlh", toc));

        String whole = paths.wholeAct(id);
        out.write(whole, site.templates().render("whole.ftlh", model(whole, index.title() + " – whole text",
                "The whole text of the " + index.title() + " on one page, for reading offline and printing.", "act",
                JsonLd.act(act, site.config().baseUrl() + whole), true)));

        List<Article> provisions = act.provisions();
        for (int i = 0; i < provisions.size(); i++) {
            Article article = provisions.get(i);
            String path = paths.article(id, article.id());
            String label = ProvisionNode.articleLabel(article);
            Map<String, Object> m = model(path, label + " – " + index.title(), describe(article), "act",
                    JsonLd.article(act, article, site.config().baseUrl() + path, actUrl), false);
            m.put("article", article);
            m.put("label", label);
            m.put("division", divisionOf(article));
            m.put("previous", i > 0 ? provisions.get(i - 1) : null);
            m.put("next", i + 1 < provisions.size() ? provisions.get(i + 1) : null);
            m.put("help", site.helpFor(article));
            out.write(path, site.templates().render("article.ftlh", m));
        }

        String gazette = paths.gazette(id);
        Map<String, Object> g = model(gazette, "Amendments by State Gazette issue – " + index.title(),
                "Every State Gazette issue that amended the " + index.title() + ", by year.", "changes", null, false);
        g.put("chart", TimelineChart.of(index.gazette()));
        out.write(gazette, site.templates().render("gazette.ftlh", g));

        List<GazetteIssue> issues = index.gazette().issues();
        ProvisionOpenings openings = new ProvisionOpenings(act);
        for (int i = 0; i < issues.size(); i++) {
            GazetteIssue issue = issues.get(i);
            String path = paths.gazetteIssue(id, issue);
            Map<String, Object> m = model(path, "State Gazette No. " + issue.number() + " of " + issue.year() + " – " + index.title(),
                    "The provisions of the " + index.title() + " that State Gazette No. " + issue.number() + " of "
                            + issue.year() + " created, amended or repealed.", "changes", null, false);
            m.put("issue", issue);
            m.put("changes", index.gazette().changes(issue));
            m.put("openings", openings.byId());
            m.put("notes", act.frontMatter().stream().filter(l -> GazetteIssue.namedIn(l.text()).contains(issue)).toList());
            m.put("articles", index.gazette().articles(issue));
            m.put("previousIssue", i > 0 ? issues.get(i - 1) : null);
            m.put("nextIssue", i + 1 < issues.size() ? issues.get(i + 1) : null);
            out.write(path, site.templates().render("gazette-issue.ftlh", m));
        }
    }

    private Map<String, Object> model(String path, String title, String description, String section, String jsonLd,
                                      boolean wholeAct) {
        return site.actModel(index, path, title, description, section, jsonLd, wholeAct);
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
