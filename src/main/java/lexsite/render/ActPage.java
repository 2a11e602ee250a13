package lexsite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.NumberCertainty;
import lexsite.model.NumberEvidence;
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
        return wholeAct ? "#" + article.id() : SitePaths.relative(page, index.articlePath(article.id()));
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

    /**
     * How the article's number was reached and how sure it is, in plain words; null when the source states it.
     *
     * @param level    a short label, which the page shows as text (never colour alone)
     * @param text     what the reader should know
     * @param evidence the provisions that cite this number for what this article says
     * @param source   the public source a maintainer's pin names; null for none
     * @param weak     whether another number fits the evidence nearly as well
     */
    public record NumberNote(String level, String text, List<NodeLink> evidence, String source, boolean weak) {
    }

    public NumberNote numberNote(Article article) {
        NumberCertainty sure = article.certainty();
        if (sure == null || sure.level() == NumberCertainty.Level.SOURCE) return null;
        String lost = "The source lost this article’s heading. ";
        return switch (sure.level()) {
            case PINNED -> {
                NumberEvidence pin = sure.evidence().isEmpty() ? null : sure.evidence().get(0);
                String source = pin != null && pin.text().matches("https?://\\S+") ? pin.text() : null;
                yield new NumberNote("Number set by the maintainers", lost + (source != null
                        ? "The site’s maintainers set its number from a public source that gives it:"
                        : "The site’s maintainers set its number."), List.of(), source, false);
            }
            case CONFIRMED -> {
                List<NodeLink> citing = citingEvidence(article, sure);
                boolean note = sure.evidence().stream().anyMatch(e -> e.kind() == NumberEvidence.Kind.NOTE);
                String why = citing.isEmpty() ? "its own amendment note names it."
                        : (citing.size() == 1 ? "another provision of the Act cites " : citing.size() + " provisions of the Act cite ")
                        + "Article " + article.label() + " for what this article says" + (note ? ", and its amendment note names it" : "") + ":";
                yield new NumberNote("Number recovered and confirmed", lost + "Its number was recovered from the Act’s own text: " + why,
                        citing, null, false);
            }
            case POSITION -> new NumberNote("Number recovered from its position", lost + "No provision of the Act cites it by "
                    + "number; its number follows from its place among the articles around it and from their amendment notes.",
                    List.of(), null, false);
            case WEAK -> new NumberNote("Number uncertain", lost + "The Act’s own text does not settle its number"
                    + (sure.contender() != null ? ": it may instead be Article " + sure.contender().latin() : "")
                    + ". Check the official Bulgarian text before citing it by number.", citingEvidence(article, sure), null, true);
            default -> null;
        };
    }

    /** The provisions behind the citation evidence, each linked where it stands. */
    private List<NodeLink> citingEvidence(Article article, NumberCertainty sure) {
        Map<String, NodeLink> out = new LinkedHashMap<>();
        for (NumberEvidence e : sure.evidence()) {
            if (e.kind() != NumberEvidence.Kind.CITATION) continue;
            for (ResolvedCitation c : index.citationsInto(article, e.line())) {
                ProvisionNode from = index.node(c.fromId());
                if (from != null) out.putIfAbsent(c.fromId(), new NodeLink(from.label(), nodeHref(c.fromId())));
            }
        }
        return List.copyOf(out.values());
    }

    /** How a supplementary provision is numbered, for readers; null when the source states it. */
    public String sectionNote(Article article) {
        return article.origin() == NumberOrigin.POSITION
                ? "The source lost the § numbers of the supplementary provisions. This one is numbered by its position." : null;
    }
}
