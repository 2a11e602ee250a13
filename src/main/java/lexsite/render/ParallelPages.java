package lexsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.ProvisionNode;

/**
 * The parallel views of the current version: each article beside each further wording the source gives it (word
 * by word), and beside the same article in every language a translation of this text gives.
 */
public final class ParallelPages {

    /** A link to the same provision in another language, as the article page shows it. */
    public record LanguageLink(String lang, String name, String href) {
    }

    private final ActIndex index;
    private final SiteContext site;
    private final List<Act> translations;

    /** @param translations the current text in other languages (each the same version, translated) */
    public ParallelPages(ActIndex index, SiteContext site, List<Act> translations) {
        this.index = index;
        this.site = site;
        this.translations = translations;
    }

    /** The language's name in itself, capitalised as a list of languages shows it: "Български". */
    public static String name(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? lang : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The languages an article page links to, each at the parallel view of {@code article}. */
    public List<LanguageLink> links(String fromPath, Article article) {
        List<LanguageLink> out = new ArrayList<>();
        for (Act t : translations) {
            String lang = t.version().language();
            out.add(new LanguageLink(lang, name(lang), SitePaths.relative(fromPath,
                    site.paths().parallelLanguage(index.id(), lang, article.id()))));
        }
        return out;
    }

    public void write(PageOutput out) {
        Act act = index.act();
        String lang = act.version().language();
        for (Article a : act.provisions()) {
            String label = ProvisionNode.articleLabel(a);
            for (int i = 0; i < a.alternatives().size(); i++) {
                Article alt = a.alternatives().get(i);
                String path = site.paths().parallelWordings(index.id(), alt.id());
                ParallelView view = ParallelView.wordings(a, alt, "Wording 1", "Wording " + (i + 2), lang);
                write(out, path, a, label + ": the two wordings in the source, side by side", label + " of the " + index.title()
                        + " as the source gives it twice, each wording beside the other, word by word.", view, true);
            }
            for (Act t : translations) {
                String other = t.version().language();
                Article translated = t.provisions().stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(null);
                if (translated == null) continue;
                ParallelView view = ParallelView.languages(a, new ParallelView.Side(name(lang), lang, a.id()), translated,
                        new ParallelView.Side(name(other), other, translated.id()));
                write(out, site.paths().parallelLanguage(index.id(), other, a.id()), a, label + " in " + name(lang) + " and "
                        + name(other), label + " of the " + index.title() + " in " + name(lang) + " and " + name(other)
                        + ", paragraph by paragraph.", view, false);
            }
        }
    }

    private void write(PageOutput out, String path, Article article, String title, String description, ParallelView view,
                       boolean wordings) {
        Map<String, Object> m = site.actModel(index, path, title + " – " + index.title(), description, "act", null, false);
        m.put("article", article);
        m.put("label", ProvisionNode.articleLabel(article));
        m.put("heading", title);
        m.put("parallel", view);
        m.put("wordings", wordings);
        m.put("articleHref", SitePaths.relative(path, index.articlePath(article.id())));
        out.write(path, site.templates().render("parallel.ftlh", m));
    }
}
