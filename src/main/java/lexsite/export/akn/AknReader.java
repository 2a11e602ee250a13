package lexsite.export.akn;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lexsite.model.Act;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Division;
import lexsite.model.DivisionKind;
import lexsite.model.GazetteIssue;
import lexsite.model.Item;
import lexsite.model.NumberCertainty;
import lexsite.model.NumberEvidence;
import lexsite.model.NumberOrigin;
import lexsite.model.Paragraph;
import lexsite.model.ProvisionKind;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import lexsite.parse.AmendmentNoteParser;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads an {@link AknExport} document back into the statute model: the round trip that shows the export drops
 * nothing the site shows. Amendment notes are read again from their words, as the parser reads the source.
 */
public final class AknReader {

    private final Map<String, Element> numbers = new HashMap<>();

    private AknReader() {
    }

    public static Act read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            return new AknReader().act(child(root, "act"));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not an Akoma Ntoso document: " + e.getMessage(), e);
        }
    }

    private Act act(Element act) {
        Element meta = child(act, "meta");
        Element proprietary = child(meta, "proprietary");
        for (Element n : lxChildren(lxChild(proprietary, "numbers"), "number")) numbers.put(n.getAttribute("eId"), n);
        ActManifest manifest = manifest(lxChild(proprietary, "act"));
        Element expression = child(child(meta, "identification"), "FRBRExpression");
        LocalDate effective = LocalDate.parse(child(expression, "FRBRdate").getAttribute("date"));
        String language3 = child(expression, "FRBRlanguage").getAttribute("language");
        ActVersion version = manifest.versions().stream()
                .filter(v -> v.effective().equals(effective) && AknNames.language3(v.language()).equals(language3)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no version of " + effective + " in " + language3));
        List<Division> body = new ArrayList<>();
        for (Element d : elements(child(act, "body"))) body.add(division(d));
        Element conclusions = child(act, "conclusions");
        return new Act(manifest, version, lines(child(act, "preface"), null), body,
                lines(conclusions, "closing"), lines(conclusions, "backMatter"));
    }

    private static ActManifest manifest(Element m) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Element t : lxChildren(m, "title")) titles.put(t.getAttribute("lang"), t.getTextContent());
        List<ActVersion> versions = new ArrayList<>();
        for (Element v : lxChildren(m, "version")) {
            versions.add(new ActVersion(issue(v.getAttribute("gazette")), LocalDate.parse(v.getAttribute("gazetteDate")),
                    LocalDate.parse(v.getAttribute("effective")), v.getAttribute("language"), v.getAttribute("file"),
                    attr(v, "source"), attr(v, "disclaimer")));
        }
        return new ActManifest(m.getAttribute("id"), titles, m.getAttribute("jurisdiction"), issue(m.getAttribute("promulgation")),
                LocalDate.parse(m.getAttribute("promulgated")), LocalDate.parse(m.getAttribute("inForce")), versions);
    }

    private static GazetteIssue issue(String text) {
        String[] parts = text.split("/");
        return new GazetteIssue(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private Division division(Element d) {
        DivisionKind kind = switch (d.getLocalName()) {
            case "part" -> DivisionKind.PART;
            case "chapter" -> DivisionKind.CHAPTER;
            case "section" -> DivisionKind.SECTION;
            case "hcontainer" -> DivisionKind.SUPPLEMENTARY;
            default -> throw new IllegalArgumentException("unexpected division <" + d.getLocalName() + ">");
        };
        Element num = child(d, "num");
        Element heading = child(d, "heading");
        String number = num == null ? null : ownText(num);
        Provenance provenance = provenance(heading != null ? heading : num);
        List<Article> articles = new ArrayList<>();
        List<Division> children = new ArrayList<>();
        for (Element e : elements(d)) {
            if (e.getLocalName().equals("article")) {
                Article a = article(e);
                if (e.getAttribute("class").contains("secondWording")) {
                    Article owner = articles.remove(articles.size() - 1);
                    List<Article> alternatives = new ArrayList<>(owner.alternatives());
                    alternatives.add(a);
                    articles.add(owner.withAlternatives(alternatives));
                } else {
                    articles.add(a);
                }
            } else if (!e.getLocalName().equals("num") && !e.getLocalName().equals("heading")) {
                children.add(division(e));
            }
        }
        return new Division(d.getAttribute("eId"), kind, number == null || number.isEmpty() ? null : number,
                heading == null ? null : ownText(heading), provenance, line(d), articles, children);
    }

    private Article article(Element a) {
        String id = a.getAttribute("eId");
        ProvisionKind kind = a.getAttribute("class").contains("supplementary") ? ProvisionKind.SUPPLEMENTARY : ProvisionKind.ARTICLE;
        Element num = child(a, "num");
        String label = ownText(num);
        Element n = numbers.get(id);
        ArticleNumber number = kind == ProvisionKind.ARTICLE ? ArticleNumber.parse(label).orElse(null) : null;
        NumberOrigin origin = n == null || !n.hasAttribute("origin") ? null : NumberOrigin.valueOf(n.getAttribute("origin"));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element p : children(a, "paragraph")) paragraphs.add(paragraph(p));
        return new Article(id, kind, number, label, origin, n == null ? null : certainty(n), status(a), provenance(num),
                paragraphs, List.of(), line(a));
    }

    private static NumberCertainty certainty(Element n) {
        if (!n.hasAttribute("level")) return null;
        List<NumberEvidence> evidence = new ArrayList<>();
        for (Element e : lxChildren(n, "evidence")) {
            evidence.add(new NumberEvidence(NumberEvidence.Kind.valueOf(e.getAttribute("kind")),
                    Integer.parseInt(e.getAttribute("line")), e.getTextContent()));
        }
        return new NumberCertainty(NumberCertainty.Level.valueOf(n.getAttribute("level")),
                n.hasAttribute("contender") ? ArticleNumber.parse(n.getAttribute("contender")).orElseThrow() : null,
                n.hasAttribute("margin") ? Double.valueOf(n.getAttribute("margin")) : null, evidence);
    }

    private Paragraph paragraph(Element p) {
        Element num = child(p, "num");
        String shown = num == null ? "" : ownText(num);
        String number = shown.isEmpty() ? null : shown.substring(1, shown.length() - 1); // "(2a)"
        List<Item> items = new ArrayList<>();
        for (Element i : children(p, "point")) items.add(item(i));
        return new Paragraph(p.getAttribute("eId"), number, status(p), provenance(num), text(p), items, line(p));
    }

    private Item item(Element i) {
        Element num = child(i, "num");
        List<Item> sub = new ArrayList<>();
        for (Element s : children(i, "point")) sub.add(item(s));
        return new Item(i.getAttribute("eId"), ownText(num), status(i), provenance(num), text(i), sub, line(i));
    }

    /** The lines of a hierarchy element's {@code content} or {@code intro}. */
    private static List<TextLine> text(Element e) {
        Element holder = child(e, "content");
        if (holder == null) holder = child(e, "intro");
        return lines(holder, null);
    }

    private static List<TextLine> lines(Element holder, String cssClass) {
        List<TextLine> out = new ArrayList<>();
        if (holder == null) return out;
        for (Element p : children(holder, "p")) {
            if (cssClass != null && !cssClass.equals(p.getAttribute("class"))) continue;
            if (!p.hasAttributeNS(AknNames.LEXSITE, "line")) continue; // a bare number's empty <p/>
            TextLine line = new TextLine(line(p), ownText(p));
            out.add(child(p, "omissis") != null ? line.withListMissing() : line);
        }
        return out;
    }

    private static Status status(Element e) {
        return "removed".equals(e.getAttribute("status")) ? Status.REPEALED : Status.IN_FORCE;
    }

    /** The amendment note an element's number or heading carries, read again from its words. */
    private static Provenance provenance(Element holder) {
        Element note = holder == null ? null : child(holder, "authorialNote");
        if (note == null) return Provenance.NONE;
        return AmendmentNoteParser.parse(child(note, "p").getTextContent(), line(note)).provenance();
    }

    private static int line(Element e) {
        return Integer.parseInt(e.getAttributeNS(AknNames.LEXSITE, "line"));
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** The element's text with its citations' words, without its notes and markers. */
    private static String ownText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) out.append(n.getNodeValue());
            else if (n instanceof Element ref && (ref.getLocalName().equals("ref") || ref.getLocalName().equals("rref"))) out.append(ref.getTextContent());
        }
        return out.toString();
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) out.add(e);
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> AknNames.AKN.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)).toList();
    }

    private static Element child(Element parent, String name) {
        return parent == null ? null : children(parent, name).stream().findFirst().orElse(null);
    }

    private static List<Element> lxChildren(Element parent, String name) {
        return elements(parent).stream().filter(e -> AknNames.LEXSITE.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)).toList();
    }

    private static Element lxChild(Element parent, String name) {
        return lxChildren(parent, name).stream().findFirst().orElseThrow(() -> new IllegalArgumentException("no lx:" + name));
    }
}
