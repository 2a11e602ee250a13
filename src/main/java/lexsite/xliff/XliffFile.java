package lexsite.xliff;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.reader.XLIFFReaderException;

/**
 * A translated XLIFF 2.0 file as Okapi reads it, with full validation (the XLIFF core schema and the
 * specification's constraints): its languages, the text it was made from, and each unit's source and target words
 * with the line the unit starts on, for messages.
 */
public record XliffFile(String sourceLanguage, String targetLanguage, String original, List<ReadUnit> units) {

    /**
     * @param targets each segment's target words, null for a segment with no target or an empty one
     */
    public record ReadUnit(String id, int line, List<String> sources, List<String> targets) {

        public boolean translated() {
            return !targets.isEmpty() && targets.stream().allMatch(t -> t != null);
        }
    }

    /** Reads {@code xml}; an invalid file is an {@link IllegalArgumentException} whose message names the line. */
    public static XliffFile read(String xml) {
        Map<String, Integer> lines = unitLines(xml);
        String source = null, target = null, original = null;
        List<ReadUnit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isStartXliff()) {
                    source = event.getStartXliffData().getSourceLanguage();
                    target = event.getStartXliffData().getTargetLanguage();
                } else if (event.isStartFile() && original == null) {
                    original = event.getStartFileData().getOriginal();
                } else if (event.isUnit()) {
                    units.add(unit(event.getUnit(), lines.getOrDefault(event.getUnit().getId(), 0)));
                }
            }
        } catch (XLIFFReaderException e) {
            throw new IllegalArgumentException("not valid XLIFF 2.0: " + e.getMessage(), e);
        }
        return new XliffFile(source, target, original, units);
    }

    private static ReadUnit unit(Unit unit, int line) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Segment s : unit.getSegments()) {
            sources.add(s.getSource().getPlainText());
            String t = s.hasTarget() ? s.getTarget().getPlainText() : null;
            targets.add(t == null || t.isBlank() ? null : t);
        }
        return new ReadUnit(unit.getId(), line, sources, targets);
    }

    /** The line each {@code <unit>} starts on: Okapi's events carry no positions. */
    private static Map<String, Integer> unitLines(String xml) {
        Map<String, Integer> out = new HashMap<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("unit")) {
                    out.putIfAbsent(r.getAttributeValue(null, "id"), r.getLocation().getLineNumber());
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new IllegalArgumentException("line " + line + ": not well-formed XML: " + e.getMessage(), e);
        }
        return out;
    }
}
