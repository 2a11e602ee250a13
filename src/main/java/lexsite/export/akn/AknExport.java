package lexsite.export.akn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import lexsite.model.Act;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.GazetteIssue;
import lexsite.model.Item;
import lexsite.model.NumberCertainty;
import lexsite.model.NumberEvidence;
import lexsite.model.Paragraph;
import lexsite.model.ProvisionKind;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import lexsite.resolve.ActResolver;
import lexsite.resolve.GazetteIndex;
import lexsite.resolve.ResolvedCitation;

/**
 * One version of an act as an Akoma Ntoso 3.0 document, written with StAX. Every element's {@code eId} is the
 * site's anchor for it; amendment notes are {@code authorialNote}s at the number they follow in the source; a list
 * the source announces but lacks is an empty {@code omissis status="unknown"}; each gazette issue is one
 * {@code lifecycle} event. What the standard has no place for (source lines, how sure a number is, the other
 * versions) goes into {@code lx:} attributes and {@code proprietary}, so {@link AknReader} rebuilds the same model.
 */
public final class AknExport {

    private final Act act;
    private final Map<String, List<ResolvedCitation>> citations = new java.util.HashMap<>();
    private final AknNames names;
    private final XmlOut out = new XmlOut();
    private int notes;

    private AknExport(Act act) {
        this.act = act;
        this.names = new AknNames(act.manifest(), act.version());
    }

    public static String of(Act act) {
        return of(act, List.of());
    }

    /** The act with each resolved citation of a provision of the act as a {@code ref} to its eId (a range: {@code rref}). */
    public static String of(ActResolver.Result resolved) {
        return of(resolved.act(), resolved.citations());
    }

    private static String of(Act act, List<ResolvedCitation> citations) {
        AknExport export = new AknExport(act);
        for (ResolvedCitation c : citations) {
            if (c.resolved() && !c.citation().isExternal()) export.citations.computeIfAbsent(c.fromId() + "@" + c.line(), k -> new ArrayList<>()).add(c);
        }
        try {
            return export.write();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the act cannot be written as Akoma Ntoso", e);
        }
    }

    private String write() throws XMLStreamException {
        out.raw().setPrefix("", AknNames.AKN);
        out.raw().setPrefix(AknNames.LX, AknNames.LEXSITE);
        out.raw().writeStartElement(AknNames.AKN, "akomaNtoso");
        out.raw().writeDefaultNamespace(AknNames.AKN);
        out.raw().writeNamespace(AknNames.LX, AknNames.LEXSITE);
        out.open("act").attr("name", "act").attr("contains", "singleVersion");
        meta();
        if (!act.frontMatter().isEmpty()) {
            out.open("preface");
            lines(act.frontMatter(), null, null);
            out.close();
        }
        out.open("body");
        for (Division d : act.body()) division(d);
        out.close();
        if (!act.closing().isEmpty() || !act.backMatter().isEmpty()) {
            out.open("conclusions");
            lines(act.closing(), "closing", null);
            lines(act.backMatter(), "backMatter", null);
            out.close();
        }
        out.close(); // act
        out.raw().writeCharacters("\n");
        out.raw().writeEndElement();
        return out.finish();
    }

    private void meta() throws XMLStreamException {
        ActManifest m = act.manifest();
        ActVersion v = act.version();
        out.open("meta");
        out.open("identification").attr("source", "#lexsite");
        out.open("FRBRWork");
        empty("FRBRthis", "value", names.work() + "/!main");
        empty("FRBRuri", "value", names.work());
        dated("FRBRdate", m.promulgated(), "promulgation");
        empty("FRBRauthor", "href", "#nationalAssembly");
        empty("FRBRcountry", "value", m.jurisdiction());
        empty("FRBRnumber", "value", Integer.toString(m.promulgation().number()));
        empty("FRBRname", "value", m.title(v.language()));
        out.close();
        out.open("FRBRExpression");
        empty("FRBRthis", "value", names.expression() + "/!main");
        empty("FRBRuri", "value", names.expression());
        dated("FRBRdate", v.effective(), "consolidation");
        empty("FRBRauthor", "href", "#translator");
        empty("FRBRlanguage", "language", AknNames.language3(v.language()));
        out.close();
        out.open("FRBRManifestation");
        empty("FRBRthis", "value", names.expression() + "/!main.xml");
        empty("FRBRuri", "value", names.manifestation());
        // the date of the text it renders, not of the build: two builds give the same bytes
        dated("FRBRdate", v.gazetteDate(), "consolidatedTo");
        empty("FRBRauthor", "href", "#lexsite");
        out.close();
        out.close(); // identification
        out.open("publication").attr("date", m.promulgated()).attr("name", "stateGazette")
                .attr("showAs", "State Gazette").attr("number", m.promulgation().number()).close();
        lifecycle();
        references();
        out.open("notes").attr("source", "#translator");
        note("source", v.source());
        note("disclaimer", v.disclaimer());
        out.close();
        proprietary();
        out.close(); // meta
    }

    /** One event per gazette issue: the promulgation, every issue a note names, the issue consolidated to. */
    private void lifecycle() throws XMLStreamException {
        out.open("lifecycle").attr("source", "#lexsite");
        for (Map.Entry<GazetteIssue, Event> e : events().entrySet()) {
            Event ev = e.getValue();
            out.open("eventRef").attr("eId", "evt_" + e.getKey().id()).attr("date", ev.date())
                    .attr("source", "#" + AknNames.issueRef(e.getKey())).attr("type", ev.type());
            if (ev.yearOnly()) out.lxAttr("date", "year-only"); // the notes give no day: only the year is known
            out.close();
        }
        out.close();
    }

    /** @param yearOnly true where the notes give only the issue's year, so {@code date} is its first day and says no more */
    record Event(LocalDate date, String type, boolean yearOnly) {
    }

    /**
     * The date of each issue's event: the promulgation's and the consolidation's own dates; for an amending issue, the
     * earliest in-force date its notes state; where they state none, only the year is known.
     */
    Map<GazetteIssue, Event> events() {
        Map<GazetteIssue, Event> out = new TreeMap<>();
        ActManifest m = act.manifest();
        GazetteIndex index = GazetteIndex.of(act);
        for (GazetteIssue issue : index.issues()) {
            LocalDate earliest = index.changes(issue).stream().map(c -> c.amendment().effective())
                    .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            out.put(issue, earliest != null ? new Event(earliest, "amendment", false)
                    : new Event(LocalDate.of(issue.year(), 1, 1), "amendment", true));
        }
        out.put(m.promulgation(), new Event(m.promulgated(), "generation", false));
        GazetteIssue to = act.version().gazette();
        if (!to.equals(m.promulgation())) out.put(to, new Event(act.version().gazetteDate(), "amendment", false));
        return out;
    }

    private void references() throws XMLStreamException {
        out.open("references").attr("source", "#lexsite");
        out.open("original").attr("eId", "original").attr("href", names.work()).attr("showAs", act.manifest().title("en")).close();
        for (GazetteIssue issue : events().keySet()) {
            out.open("passiveRef").attr("eId", AknNames.issueRef(issue)).attr("href", names.gazette(issue))
                    .attr("showAs", "State Gazette No. " + issue.number() + " of " + issue.year()).close();
        }
        tlc("TLCOrganization", "nationalAssembly", "National Assembly of the Republic of Bulgaria");
        tlc("TLCOrganization", "translator", act.version().source());
        tlc("TLCOrganization", "lexsite", "Lexsite");
        out.close();
    }

    private void tlc(String element, String id, String showAs) throws XMLStreamException {
        out.open(element).attr("eId", id).attr("href", "/ontology/organization/" + id).attr("showAs", showAs).close();
    }

    private void note(String id, String text) throws XMLStreamException {
        if (text == null) return;
        out.open("note").attr("eId", "note_" + id);
        out.open("p").text(text).closeText();
        out.close();
    }

    /** The act's metadata and each number's certainty, which no AKN element carries. */
    private void proprietary() throws XMLStreamException {
        ActManifest m = act.manifest();
        out.open("proprietary").attr("source", "#lexsite");
        out.openLx("act").attr("id", m.id()).attr("jurisdiction", m.jurisdiction())
                .attr("promulgation", issueText(m.promulgation())).attr("promulgated", m.promulgated()).attr("inForce", m.inForce());
        for (Map.Entry<String, String> t : new TreeMap<>(m.titles()).entrySet()) {
            out.openLx("title").attr("lang", t.getKey()).text(t.getValue()).closeText();
        }
        for (ActVersion v : m.versions()) {
            out.openLx("version").attr("gazette", issueText(v.gazette())).attr("gazetteDate", v.gazetteDate())
                    .attr("effective", v.effective()).attr("language", v.language()).attr("file", v.file())
                    .attr("source", v.source()).attr("disclaimer", v.disclaimer()).close();
        }
        out.close();
        out.openLx("numbers");
        for (Article a : act.provisions()) {
            number(a);
            for (Article alt : a.alternatives()) number(alt);
        }
        out.close();
        out.close();
    }

    static String issueText(GazetteIssue issue) {
        return issue.number() + "/" + issue.year();
    }

    private void number(Article a) throws XMLStreamException {
        out.openLx("number").attr("eId", a.id()).attr("origin", a.origin());
        NumberCertainty c = a.certainty();
        if (c != null) {
            out.attr("level", c.level()).attr("contender", c.contender() == null ? null : c.contender().latin()).attr("margin", c.margin());
            for (NumberEvidence e : c.evidence()) {
                out.openLx("evidence").attr("kind", e.kind()).attr("line", e.line()).text(e.text()).closeText();
            }
        }
        out.close();
    }

    private void division(Division d) throws XMLStreamException {
        String element = switch (d.kind()) {
            case PART -> "part";
            case CHAPTER -> "chapter";
            case SECTION -> "section";
            case SUPPLEMENTARY -> "hcontainer";
        };
        out.open(element).attr("eId", d.id());
        if (element.equals("hcontainer")) out.attr("name", "supplementaryProvisions");
        out.lxAttr("line", d.line());
        boolean noteInNum = d.title() == null && !d.provenance().isEmpty();
        if (d.number() != null || noteInNum) {
            out.open("num").text(d.number() == null ? "" : d.number());
            if (noteInNum) authorialNote(d.provenance(), d.id());
            out.closeText();
        }
        if (d.title() != null) {
            out.open("heading").text(d.title());
            authorialNote(d.provenance(), d.id());
            out.closeText();
        }
        for (Article a : d.articles()) {
            article(a, false);
            for (Article alt : a.alternatives()) article(alt, true);
        }
        for (Division c : d.children()) division(c);
        out.close();
    }

    private void article(Article a, boolean secondWording) throws XMLStreamException {
        List<String> classes = new ArrayList<>();
        if (a.kind() == ProvisionKind.SUPPLEMENTARY) classes.add("supplementary");
        if (secondWording) classes.add("secondWording"); // the source gives this article again, in other words
        out.open("article").attr("eId", a.id()).attr("class", classes.isEmpty() ? null : String.join(" ", classes));
        status(a.status());
        out.lxAttr("line", a.line());
        out.open("num").text(a.label());
        authorialNote(a.provenance(), a.id());
        out.closeText();
        for (Paragraph p : a.paragraphs()) paragraph(p);
        out.close();
    }

    private void status(Status status) throws XMLStreamException {
        if (status == Status.REPEALED) out.attr("status", "removed");
    }

    private void paragraph(Paragraph p) throws XMLStreamException {
        out.open("paragraph").attr("eId", p.id());
        status(p.status());
        out.lxAttr("line", p.line());
        if (p.number() != null || !p.provenance().isEmpty()) {
            out.open("num").text(p.number() == null ? "" : "(" + p.number() + ")");
            authorialNote(p.provenance(), p.id());
            out.closeText();
        }
        hierarchyBody(p.id(), p.text(), p.items());
        out.close();
    }

    private void item(Item i) throws XMLStreamException {
        out.open("point").attr("eId", i.id());
        status(i.status());
        out.lxAttr("line", i.line());
        out.open("num").text(i.number());
        authorialNote(i.provenance(), i.id());
        out.closeText();
        hierarchyBody(i.id(), i.text(), i.subItems());
        out.close();
    }

    /** Text alone is {@code content}; text before a list is its {@code intro}, followed by the points. */
    private void hierarchyBody(String nodeId, List<TextLine> text, List<Item> items) throws XMLStreamException {
        if (items.isEmpty()) {
            out.open("content");
            if (text.isEmpty()) out.open("p").close(); // a bare number: the source gives no words
            else lines(text, null, nodeId);
            out.close();
            return;
        }
        if (!text.isEmpty()) {
            out.open("intro");
            lines(text, null, nodeId);
            out.close();
        }
        for (Item i : items) item(i);
    }

    private void lines(List<TextLine> lines, String cssClass, String nodeId) throws XMLStreamException {
        for (TextLine t : lines) {
            out.open("p").attr("class", cssClass).lxAttr("line", t.line());
            if (t.text().isEmpty()) out.attr("status", "incomplete"); // a translation that has no words here yet
            words(t, nodeId);
            if (t.listMissingAfter()) {
                // the list this line announces is not in the source: marked where it belongs, never made up
                out.inline("omissis").attr("status", "unknown").attr("title", "The items of this list are not in the source.")
                        .closeInline();
            }
            out.closeText();
        }
    }

    /** A line's words, each citation of a provision of the act a {@code ref} to it, as the site links it. */
    private void words(TextLine t, String nodeId) throws XMLStreamException {
        List<ResolvedCitation> here = new ArrayList<>(citations.getOrDefault(nodeId + "@" + t.line(), List.of()));
        here.sort(java.util.Comparator.comparingInt(c -> c.citation().start()));
        String text = t.text();
        int at = 0;
        for (int i = 0; i < here.size(); i++) {
            ResolvedCitation c = here.get(i);
            int start = c.citation().start(), end = c.citation().end();
            if (start < at || end > text.length()) continue; // overlapping or not in this line's words: left as text
            int last = i; // "Articles 24a–24g": one span citing a range, each article a citation of its own
            while (last + 1 < here.size() && here.get(last + 1).citation().start() == start && here.get(last + 1).citation().end() == end) last++;
            out.text(text.substring(at, start));
            if (last == i) out.inline("ref").attr("href", "#" + c.targetId());
            else out.inline("rref").attr("from", "#" + c.targetId()).attr("upTo", "#" + here.get(last).targetId());
            out.text(text.substring(start, end)).closeInline();
            at = end;
        }
        out.text(text.substring(at));
    }

    private void authorialNote(Provenance provenance, String nodeId) throws XMLStreamException {
        if (provenance.isEmpty()) return;
        notes++;
        out.inline("authorialNote").attr("eId", nodeId + "__authorialNote_1").attr("marker", Integer.toString(notes))
                .attr("placement", "inline").lxAttr("line", provenance.line());
        out.open("p").text(provenance.raw()).closeText();
        out.closeInline();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        out.open(element).attr(attribute, value).close();
    }

    private void dated(String element, LocalDate date, String name) throws XMLStreamException {
        out.open(element).attr("date", date).attr("name", name).close();
    }
}
