package lexsite.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Article;
import lexsite.model.SiteConfig;

/** What every page shares: the site's settings, the templates, the path conventions and the help index. */
public record SiteContext(SiteConfig config, Templates templates, SitePaths paths, HelpIndex help) {

    /** A fresh template model holding the shared entries and the page's own {@code meta}. */
    public Map<String, Object> model(PageMeta meta) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", config);
        m.put("paths", paths);
        m.put("meta", meta);
        m.put("help", help);
        return m;
    }

    /** The model of a page that shows (or links into) an act: the shared entries plus the act and its page view. */
    public Map<String, Object> actModel(ActIndex act, String path, String title, String description, String section,
                                        String jsonLd, boolean wholeAct) {
        Map<String, Object> m = model(PageMeta.of(path, config.baseUrl(), title, description, section, jsonLd));
        m.put("act", act);
        m.put("view", new ActPage(act, path, wholeAct));
        return m;
    }

    public List<HelpIndex.Help> helpFor(Article article) {
        return help.forArticle(article);
    }
}
