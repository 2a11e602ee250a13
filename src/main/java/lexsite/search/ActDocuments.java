package lexsite.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexsite.model.Act;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.GazetteIssue;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.ProvisionNode;
import lexsite.render.ActIndex;
import lexsite.render.SitePaths;
import lexsite.resolve.ActResolver;

/**
 * The search documents of one act: each article (and each second wording) with its whole text, then each of
 * its numbered paragraphs with its items. Every amendment lands on exactly one document: a numbered paragraph
 * takes its items' notes, the article takes its own and those of its unnumbered text.
 */
final class ActDocuments {

    private static final int TITLE_WORDS = 12;
    /** The id of an act's preface document (its front matter). */
    static final String PREFACE = "preface";

    private final ActIndex index;
    private final Act act;
    private final SitePaths paths = new SitePaths();
    private final Map<String, String> chapters = new HashMap<>();

    ActDocuments(ActResolver.Result resolved) {
        this.index = new ActIndex(resolved);
        this.act = resolved.act();
        for (Division d : act.body()) nameArticles(d, "");
    }

    private void nameArticles(Division d, String parent) {
        String name = parent.isEmpty() ? index.divisionName(d) : parent + " › " + index.divisionName(d);
        for (Article a : d.articles()) chapters.put(a.id(), name);
        for (Division child : d.children()) nameArticles(child, name);
    }

    List<SearchDocument> documents() {
        List<SearchDocument> out = new ArrayList<>();
        preface().ifPresent(out::add);
        for (Article article : act.provisions()) {
            Map<String, String> labels = new HashMap<>();
            for (ProvisionNode n : ProvisionNode.of(article)) labels.put(n.id(), n.label());
            addWording(article, article, labels, out);
            for (Article alternative : article.alternatives()) addWording(alternative, article, labels, out);
        }
        return out;
    }

    private void addWording(Article wording, Article owner, Map<String, String> labels, List<SearchDocument> out) {
        String page = paths.article(index.id(), owner.id());
        String chapter = chapters.get(owner.id());
        Set<String> articleGazette = new LinkedHashSet<>();
        addIssues(wording.provenance(), articleGazette);
        List<String> all = new ArrayList<>();
        List<SearchDocument> paragraphs = new ArrayList<>();
        for (Paragraph p : wording.paragraphs()) {
            List<String> lines = new ArrayList<>();
            Set<String> gazette = new LinkedHashSet<>();
            addIssues(p.provenance(), gazette);
            for (var t : p.text()) lines.add(t.text());
            for (Item i : p.items()) addItem(i, lines, gazette);
            String text = String.join("\n", lines);
            all.add(p.isNumbered() ? "(" + p.number() + ") " + text : text);
            if (p.isNumbered()) {
                String citation = labels.get(p.id());
                paragraphs.add(law(p.id(), citation, text, chapter, gazette, page + "#" + p.id()));
            } else {
                articleGazette.addAll(gazette);
            }
        }
        // the anchor skips the page's header, which on a phone fills the first screen
        out.add(law(wording.id(), labels.get(wording.id()), String.join("\n", all), chapter, articleGazette, page + "#" + wording.id()));
        out.addAll(paragraphs);
    }

    /**
     * The notes at the head of the source text, where the translation names the amending act it follows: a
     * document of its own, listed first for every gazette issue it names, so "SG 52/2025" shows the amending act's
     * own words beside the provisions it amended.
     */
    private java.util.Optional<SearchDocument> preface() {
        if (act.frontMatter().isEmpty()) return java.util.Optional.empty();
        String text = String.join("\n", act.frontMatter().stream().map(lexsite.model.TextLine::text).toList());
        List<String> issues = GazetteIssue.namedIn(text).stream().map(GazetteIssue::id).toList();
        return java.util.Optional.of(new SearchDocument(PREFACE, SearchDocument.Kind.LAW, index.id(), act.version().language(),
                "Preface", "Preface: " + firstWords(text), text, null, issues, paths.wholeAct(index.id()) + "#front-h"));
    }

    private SearchDocument law(String id, String citation, String text, String chapter, Set<String> gazette, String url) {
        return new SearchDocument(id, SearchDocument.Kind.LAW, index.id(), act.version().language(), citation,
                citation + ": " + firstWords(text), text, chapter, List.copyOf(gazette), url);
    }

    private static void addItem(Item item, List<String> lines, Set<String> gazette) {
        addIssues(item.provenance(), gazette);
        String prefix = item.number() + ". ";
        for (var t : item.text()) {
            lines.add(prefix + t.text());
            prefix = "";
        }
        for (Item sub : item.subItems()) addItem(sub, lines, gazette);
    }

    private static void addIssues(Provenance provenance, Set<String> out) {
        for (Amendment a : provenance.amendments()) if (a.issue() != null) out.add(a.issue().id());
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= TITLE_WORDS) return String.join(" ", words);
        return String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + " …";
    }
}
