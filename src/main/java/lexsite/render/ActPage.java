package lexsite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.NumberOrigin;
import lexsite.model.Provenance;
import lexsite.model.ProvisionNode;
import lexsite.model.TextLine;
import lexsite.resolve.EuActFinder;
import lexsite.resolve.ResolvedCitation;

/**
 * The act as seen from one page: every address it hands the templates is relative to that page. On the
 * whole-act page every provision is on the page itself, so links are plain fragments.
 */
public final class ActPage {

    /** A run of provision text, linked when {@code href} is set. */
    public record Segment(String text, String href, String kind, String target, String title) {
        public boolean linked() {
            return href != null;
        }
    }

    /** A provenance entry as a readable badge: "amended – SG 52/2025". */
    public record Badge(String kind, String label, String issue, String href, String effective, String raw) {
    }

    /** One row of an article's amendment history. */
    public record HistoryRow(String issue, String issueHref, String what, String node, String nodeHref, String effective,
                             String raw) {
    }

    /** A provision this page links to, with its text for the popup. */
    public record Popup(String id, String label, List<String> lines, boolean truncated) {
    }

    /** A link to another provision: "Article 24(1), item 2". */
    public record NodeLink(String label, String href) {
    }

    private static final int POPUP_CHARACTERS = 700;

    private final ActIndex index;
    private final String page;
    private final boolean wholeAct;
    private final SitePaths paths = new SitePaths();

    public ActPage(ActIndex index, String page, boolean wholeAct) {
        this.index = index;
        this.page = page;
        this.wholeAct = wholeAct;
    }

    /** A path from the site root, relative to this page. */
    public String href(String sitePath) {
        return SitePaths.relative(page, sitePath);
    }

    public String nodeHref(String nodeId) {
        String target = index.pageOf(nodeId);
        String anchor = "#" + nodeId;
        return wholeAct || target.equals(page) ? anchor : SitePaths.relative(page, target) + anchor;
    }

    public String articleHref(Article article) {
        return wholeAct ? "#" + article.id() : SitePaths.relative(page, paths.article(index.id(), article.id()));
    }

    public String issueHref(GazetteIssue issue) {
        return SitePaths.relative(page, paths.gazetteIssue(index.id(), issue));
    }

    /** The line's text cut into plain runs and links: in-act citations and EU acts. */
    public List<Segment> segments(String nodeId, TextLine line) {
        String text = line.text();
        List<Span> spans = new ArrayList<>();
        for (ResolvedCitation c : index.citationsAt(nodeId, line)) {
            if (!c.resolved() || c.citation().isExternal()) continue;
            ProvisionNode target = index.node(c.targetId());
            spans.add(new Span(c.citation().start(), c.citation().end(),
                    nodeHref(c.targetId()), "xref", c.targetId(), target.label()));
        }
        for (EuActFinder.EuAct eu : EuActFinder.find(text)) {
            if (spans.stream().noneMatch(s -> s.overlaps(eu.start(), eu.end()))) {
                spans.add(new Span(eu.start(), eu.end(), eu.eurLexUrl(), "eu", null, "EUR-Lex: CELEX " + eu.celex()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) continue;
            if (s.start() > at) out.add(new Segment(text.substring(at, s.start()), null, null, null, null));
            out.add(new Segment(text.substring(s.start(), s.end()), s.href(), s.kind(), s.target(), s.title()));
            at = s.end();
        }
        if (at < text.length()) out.add(new Segment(text.substring(at), null, null, null, null));
        return out;
    }

    private record Span(int start, int end, String href, String kind, String target, String title) {
        boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /** Every entry of a note as a badge, in the note's order. */
    public List<Badge> badges(Provenance provenance) {
        return provenance.amendments().stream().map(this::badge).toList();
    }

    private Badge badge(Amendment a) {
        String detail = a.detail() == null || a.detail().isBlank() ? "" : " " + a.detail();
        return new Badge(a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), a.kind().label() + detail,
                a.issue() == null ? null : a.issue().label(), a.issue() == null ? null : issueHref(a.issue()),
                Dates.format(a.effective()), a.raw());
    }

    /** The newest gazette issue that changed any part of the article, as a badge; null when none did. */
    public Badge latest(Article article) {
        Amendment newest = null;
        for (ProvisionNode n : ProvisionNode.of(article)) {
            for (Amendment a : n.provenance().amendments()) {
                if (a.issue() == null || !a.kind().changesText()) continue;
                if (newest == null || a.issue().compareTo(newest.issue()) > 0) newest = a;
            }
        }
        return newest == null ? null : badge(newest);
    }

    /** Every amendment of every part of the article, oldest issue first; entries naming no issue come last. */
    public List<HistoryRow> history(Article article) {
        record Entry(ProvisionNode node, Amendment amendment, int order) {
        }
        List<Entry> entries = new ArrayList<>();
        for (ProvisionNode n : ProvisionNode.of(article)) {
            for (Amendment a : n.provenance().amendments()) entries.add(new Entry(n, a, entries.size()));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.amendment().issue(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Entry::order));
        return entries.stream().map(e -> {
            Amendment a = e.amendment();
            String detail = a.detail() == null || a.detail().isBlank() ? "" : " " + a.detail();
            return new HistoryRow(a.issue() == null ? null : a.issue().label(), a.issue() == null ? null : issueHref(a.issue()),
                    a.kind().label() + detail, e.node().label(), nodeHref(e.node().id()), Dates.format(a.effective()), a.raw());
        }).toList();
    }

    /** The provisions of other articles that cite this one. */
    public List<NodeLink> citedBy(Article article) {
        return index.backlinks().of(article).stream().map(n -> new NodeLink(n.label(), nodeHref(n.id()))).toList();
    }

    /** The provisions cited from {@code article} that live on other pages, for the popups. */
    public List<Popup> popups(Article article) {
        Map<String, Popup> out = new LinkedHashMap<>();
        for (var located : article.lines()) {
            for (ResolvedCitation c : index.citationsAt(located.nodeId(), located.line())) {
                if (!c.resolved() || c.citation().isExternal() || out.containsKey(c.targetId())) continue;
                if (index.pageOf(c.targetId()).equals(page)) continue; // on this page: the popup reads the page itself
                out.put(c.targetId(), popup(c.targetId()));
            }
        }
        return List.copyOf(out.values());
    }

    private Popup popup(String nodeId) {
        List<String> lines = new ArrayList<>();
        int used = 0;
        boolean truncated = false;
        for (String line : index.plainText(nodeId)) {
            if (used + line.length() > POPUP_CHARACTERS && !lines.isEmpty()) {
                truncated = true;
                break;
            }
            lines.add(line);
            used += line.length();
        }
        return new Popup(nodeId, index.node(nodeId).label(), lines, truncated);
    }

    public String month(java.time.YearMonth month) {
        return Dates.format(month);
    }

    public String date(java.time.LocalDate date) {
        return Dates.format(date);
    }

    /** "Article 9e", or "§ 3" for a supplementary provision. */
    public String label(Article article) {
        return ProvisionNode.articleLabel(article);
    }

    /** The article's first words, cut at a word near {@code max} characters. */
    public String firstWords(Article article, int max) {
        String text = article.firstText();
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max) + " …";
    }

    /** How the article's number was reached, for readers; null when the source states it. */
    public String numberNote(Article article) {
        NumberOrigin origin = article.origin();
        if (origin == null || origin == NumberOrigin.SOURCE) return null;
        return switch (origin) {
            case INFERRED -> "The source lost this article’s heading. Its number was recovered from the Act’s own cross-references and amendment notes.";
            case PINNED -> "The source lost this article’s heading. Its number was set by the site’s maintainers.";
            case POSITION -> "The source lost the § numbers of the supplementary provisions. This one is numbered by its position.";
            default -> null;
        };
    }
}
