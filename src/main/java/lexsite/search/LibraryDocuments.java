package lexsite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lexsite.model.Contact;
import lexsite.model.GlossaryEntry;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Programme;
import lexsite.model.Service;
import lexsite.model.Topic;
import lexsite.render.SitePaths;
import lexsite.search.SearchDocument.Kind;

/**
 * The search documents of the library: each programme's summary, services, target groups, contacts and body
 * sections; each guide's summary and sections; each glossary entry and topic. The anchors are the ones the
 * page templates and Markdown headings give.
 */
final class LibraryDocuments {

    private final SitePaths paths = new SitePaths();
    private final MarkdownSections sections = new MarkdownSections();
    private final String siteLanguage;

    /** @param siteLanguage the language of the glossary and topics, which are written in the site's language */
    LibraryDocuments(String siteLanguage) {
        this.siteLanguage = siteLanguage;
    }

    List<SearchDocument> documents(Library library) {
        List<SearchDocument> out = new ArrayList<>();
        for (Programme p : library.programmes()) addProgramme(p, out);
        for (Guide g : library.guides()) addGuide(g, out);
        for (GlossaryEntry e : library.glossary()) {
            out.add(doc("glossary:" + e.id(), Kind.GLOSSARY, siteLanguage, e.term(), e.plain(), "Glossary",
                    paths.glossary() + "#" + e.id()));
        }
        for (Topic t : library.topics()) {
            String text = Stream.of(t.situation(), t.summary()).filter(Objects::nonNull).collect(Collectors.joining("\n"));
            out.add(doc("topic:" + t.id(), Kind.TOPIC, siteLanguage, t.title(), text, "Topics", paths.topic(t.id())));
        }
        return out;
    }

    private void addProgramme(Programme p, List<SearchDocument> out) {
        String page = paths.programme(p.id());
        String id = "programme:" + p.id();
        out.add(doc(id, Kind.PROGRAMME, p.language(), p.title(), p.summary(), p.title(), page));
        if (!p.services().isEmpty()) {
            String text = p.services().stream().map(LibraryDocuments::service).collect(Collectors.joining("\n"));
            out.add(doc(id + "#services", Kind.PROGRAMME, p.language(), p.title() + ": what they offer", text,
                    p.title(), page + "#services-h"));
        }
        if (!p.targetGroups().isEmpty()) {
            out.add(doc(id + "#groups", Kind.PROGRAMME, p.language(), p.title() + ": who it is for",
                    String.join("\n", p.targetGroups()), p.title(), page + "#groups-h"));
        }
        if (!p.contacts().isEmpty()) {
            String text = p.contacts().stream().map(LibraryDocuments::contact).collect(Collectors.joining("\n"));
            out.add(doc(id + "#contact", Kind.PROGRAMME, p.language(), p.title() + ": contact", text, p.title(),
                    page + "#contact-h"));
        }
        addSections(id, Kind.PROGRAMME, p.language(), p.title(), page, "text-h", sections.split(p.body()), out);
    }

    private void addGuide(Guide g, List<SearchDocument> out) {
        String page = paths.guide(g.id());
        String id = "guide:" + g.id();
        out.add(doc(id, Kind.GUIDE, g.language(), g.title(), g.summary(), g.title(), page));
        addSections(id, Kind.GUIDE, g.language(), g.title(), page, "guide-text-h", sections.split(g.body()), out);
    }

    /** The text before the first heading is anchored at the heading the template puts above the body. */
    private static void addSections(String id, Kind kind, String language, String pageTitle, String page,
                                    String bodyAnchor, List<MarkdownSections.Section> sections, List<SearchDocument> out) {
        for (MarkdownSections.Section s : sections) {
            String anchor = s.anchor() != null ? s.anchor() : bodyAnchor;
            String title = s.heading() != null ? pageTitle + ": " + s.heading() : pageTitle;
            out.add(doc(id + "#" + anchor, kind, language, title, s.text(), pageTitle, page + "#" + anchor));
        }
    }

    private static String service(Service s) {
        return s.description() == null ? s.name() : s.name() + ": " + s.description();
    }

    private static String contact(Contact c) {
        return Stream.of(c.label(), c.phone(), c.email(), c.address(), c.hours()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private static SearchDocument doc(String id, Kind kind, String language, String title, String text,
                                      String chapter, String url) {
        return new SearchDocument(id, kind, null, language, null, title, text == null ? "" : text, chapter, List.of(), url);
    }
}
