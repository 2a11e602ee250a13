package lexsite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.ProvisionNode;
import lexsite.model.TextLine;
import lexsite.resolve.ActResolver;
import lexsite.resolve.Backlinks;
import lexsite.resolve.GazetteIndex;
import lexsite.resolve.ResolvedCitation;

/** What every page of one act needs to look up: nodes by id, the page each lives on, citations by line. */
public final class ActIndex {

    private final Act act;
    private final SitePaths paths = new SitePaths();
    private final Map<String, ProvisionNode> nodes;
    private final Map<String, Paragraph> paragraphs = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, List<ResolvedCitation>> citationsByLine = new HashMap<>();
    private final Map<Integer, List<ResolvedCitation>> citationsBySourceLine = new HashMap<>();
    private final Map<String, Article> articlesById = new LinkedHashMap<>();
    private final Backlinks backlinks;
    private final GazetteIndex gazette;

    /** The version's folder under the act's ({@link SitePaths#actFolder}); null for the current version's own pages. */
    private final String folder;

    public ActIndex(ActResolver.Result resolved) {
        this(resolved, null);
    }

    public ActIndex(ActResolver.Result resolved, String folder) {
        this.folder = folder;
        this.act = resolved.act();
        for (Article a : act.provisions()) {
            articlesById.put(a.id(), a);
            List<Article> wordings = new ArrayList<>(List.of(a));
            wordings.addAll(a.alternatives());
            for (Article wording : wordings) {
                for (Paragraph p : wording.paragraphs()) {
                    paragraphs.put(p.id(), p);
                    p.items().forEach(this::putItem);
                }
            }
        }
        this.nodes = ProvisionNode.byId(act);
        for (ResolvedCitation c : resolved.citations()) {
            citationsByLine.computeIfAbsent(key(c.fromId(), c.line()), k -> new ArrayList<>()).add(c);
            citationsBySourceLine.computeIfAbsent(c.line(), k -> new ArrayList<>()).add(c);
        }
        this.backlinks = Backlinks.of(nodes, resolved.citations());
        this.gazette = resolved.gazette();
    }

    private void putItem(Item item) {
        items.put(item.id(), item);
        item.subItems().forEach(this::putItem);
    }

    private static String key(String nodeId, int line) {
        return nodeId + "@" + line;
    }

    public Act act() {
        return act;
    }

    public String id() {
        return act.manifest().id();
    }

    public String title() {
        return act.manifest().title(act.version().language());
    }

    public Backlinks backlinks() {
        return backlinks;
    }

    public GazetteIndex gazette() {
        return gazette;
    }

    List<ResolvedCitation> citationsAt(String nodeId, TextLine line) {
        return citationsByLine.getOrDefault(key(nodeId, line.line()), List.of());
    }

    /** The resolved citations on source line {@code line} that lead into {@code article}. */
    List<ResolvedCitation> citationsInto(Article article, int line) {
        return citationsBySourceLine.getOrDefault(line, List.of()).stream()
                .filter(c -> c.resolved() && !c.citation().isExternal() && nodes.get(c.targetId()).article().id().equals(article.id()))
                .toList();
    }

    /** The node with {@code id}; an article's unnumbered text counts as the article. */
    ProvisionNode node(String id) {
        return nodes.get(id);
    }

    /** The page showing the node: its article's page. */
    String pageOf(String nodeId) {
        ProvisionNode n = node(nodeId);
        if (n == null) throw new IllegalArgumentException("no node " + nodeId + " in " + id());
        return articlePath(n.article().id());
    }

    /** The folder these pages go in: null for the current version's own, else the version's date. */
    public String folder() {
        return folder;
    }

    public String contentsPath() {
        return paths.act(id(), folder);
    }

    public String wholePath() {
        return paths.wholeAct(id(), folder);
    }

    public String articlePath(String articleId) {
        return paths.article(id(), folder, articleId);
    }

    /** A division's heading; where the source lost it, the division is named by the articles it holds. */
    public String divisionName(lexsite.model.Division d) {
        if (!d.titleLost()) return d.title();
        List<Article> all = d.allArticles();
        String kind = switch (d.kind()) {
            case PART -> "Part";
            case CHAPTER -> "Chapter";
            case SECTION -> "Section";
            case SUPPLEMENTARY -> "Supplementary provisions";
        };
        if (all.isEmpty()) return kind;
        if (d.kind() == lexsite.model.DivisionKind.SUPPLEMENTARY) {
            return kind + ", " + all.get(0).label() + (all.size() > 1 ? "–" + all.get(all.size() - 1).label() : "");
        }
        String first = ProvisionNode.articleLabel(all.get(0));
        String last = all.get(all.size() - 1).label();
        return kind + " of " + (all.size() == 1 ? first : first.replace("Article ", "Articles ") + "–" + last);
    }

    Article article(String id) {
        return articlesById.get(id);
    }

    /** The node's own text as plain lines, with its items and letters below it: what a popup shows. */
    List<String> plainText(String nodeId) {
        List<String> out = new ArrayList<>();
        Article article = articlesById.get(nodeId);
        if (article != null) article.paragraphs().forEach(p -> addParagraph(p, out));
        else if (paragraphs.containsKey(nodeId)) addParagraph(paragraphs.get(nodeId), out);
        else if (items.containsKey(nodeId)) addItem(items.get(nodeId), out);
        return out;
    }

    private static void addParagraph(Paragraph p, List<String> out) {
        String prefix = p.isNumbered() ? "(" + p.number() + ") " : "";
        for (TextLine t : p.text()) {
            out.add(prefix + t.text());
            prefix = "";
        }
        if (p.itemsMissing()) out.add("[The items of this list are not included in the source text.]");
        for (Item i : p.items()) addItem(i, out);
    }

    private static void addItem(Item item, List<String> out) {
        String prefix = item.number() + ". ";
        for (TextLine t : item.text()) {
            out.add(prefix + t.text());
            prefix = "";
        }
        for (Item sub : item.subItems()) addItem(sub, out);
    }
}
