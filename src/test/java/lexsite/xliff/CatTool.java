package lexsite.xliff;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a CAT tool does to an exported file: for the units it is given, a {@code <target>} after each segment's
 * source, holding the source's inline codes (the protected amendment note) and the translator's words.
 */
final class CatTool {

    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";

    private CatTool() {
    }

    static String translate(String xliff, Map<String, List<String>> targets) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xliff)));
        NodeList units = doc.getElementsByTagNameNS(XLIFF, "unit");
        for (int u = 0; u < units.getLength(); u++) {
            Element unit = (Element) units.item(u);
            List<String> words = targets.get(unit.getAttribute("id"));
            if (words == null) continue;
            NodeList segments = unit.getElementsByTagNameNS(XLIFF, "segment");
            for (int s = 0; s < segments.getLength(); s++) {
                Element source = (Element) ((Element) segments.item(s)).getElementsByTagNameNS(XLIFF, "source").item(0);
                Element target = doc.createElementNS(XLIFF, "target");
                for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element code) target.appendChild(code.cloneNode(true));
                }
                target.appendChild(doc.createTextNode(words.get(s)));
                source.getParentNode().insertBefore(target, source.getNextSibling());
                ((Element) segments.item(s)).setAttribute("state", "translated");
            }
        }
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
