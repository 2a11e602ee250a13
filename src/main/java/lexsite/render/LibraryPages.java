package lexsite.render;

import java.util.Map;
import lexsite.model.Guide;
import lexsite.model.Programme;
import lexsite.model.Topic;

/** Writes the programme, guide, topic and glossary pages, each linked to the provisions it concerns. */
public final class LibraryPages {

    private final ActIndex act;
    private final SiteContext site;
    private final MarkdownHtml markdown = new MarkdownHtml();

    public LibraryPages(ActIndex act, SiteContext site) {
        this.act = act;
        this.site = site;
    }

    public void write(PageOutput out) {
        SitePaths paths = site.paths();
        HelpIndex help = site.help();
        out.write(paths.programmes(), site.templates().render("programmes.ftlh", model(paths.programmes(),
                "Where to get help", "Programmes of the International Organization for Migration (IOM) in Bulgaria and Romania.", "help")));
        for (Programme p : help.library().programmes()) {
            String path = paths.programme(p.id());
            Map<String, Object> m = model(path, p.title() + " – " + p.organisation(), p.summary(), "help");
            m.put("programme", p);
            m.put("bodyHtml", markdown.render(p.body()));
            out.write(path, site.templates().render("programme.ftlh", m));
        }
        for (Guide g : help.library().guides()) {
            String path = paths.guide(g.id());
            Map<String, Object> m = model(path, g.title(), g.summary(), "help");
            m.put("guide", g);
            m.put("bodyHtml", markdown.render(g.body()));
            m.put("freshness", help.freshness(g));
            out.write(path, site.templates().render("guide.ftlh", m));
        }
        out.write(paths.topics(), site.templates().render("topics.ftlh", model(paths.topics(), "Topics",
                "Plain-language entry points into the Act and the help available.", "topics")));
        for (Topic t : help.library().topics()) {
            String path = paths.topic(t.id());
            Map<String, Object> m = model(path, t.title(), t.summary(), "topics");
            m.put("topic", t);
            out.write(path, site.templates().render("topic.ftlh", m));
        }
        Map<String, Object> glossary = model(paths.glossary(), "Glossary",
                "Terms a migrant meets in the Act, explained in plain words, with the articles that deal with them.", "topics");
        glossary.put("entries", help.library().glossary());
        out.write(paths.glossary(), site.templates().render("glossary.ftlh", glossary));
    }

    private Map<String, Object> model(String path, String title, String description, String section) {
        return site.actModel(act, path, title, description, section, null, false);
    }
}
