package lexsite.export.akn;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that indents element-only content by nesting depth and never touches text: a line of the law goes
 * into its element exactly, with no whitespace added around it.
 */
final class XmlOut {

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean inText;
    private boolean empty; // the open element has nothing in it yet: it closes on its own line

    XmlOut() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XMLStreamWriter raw() {
        return xml;
    }

    /** Opens an element on a new, indented line. */
    XmlOut open(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(AknNames.AKN, name);
        depth++;
        empty = true;
        return this;
    }

    /** Opens an element in a lexsite extension. */
    XmlOut openLx(String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(AknNames.LX, name, AknNames.LEXSITE);
        depth++;
        empty = true;
        return this;
    }

    XmlOut attr(String name, Object value) throws XMLStreamException {
        if (value != null) xml.writeAttribute(name, value.toString());
        return this;
    }

    XmlOut lxAttr(String name, Object value) throws XMLStreamException {
        if (value != null) xml.writeAttribute(AknNames.LX, AknNames.LEXSITE, name, value.toString());
        return this;
    }

    /** Text inside the open element; the element then closes on the same line. */
    XmlOut text(String text) throws XMLStreamException {
        xml.writeCharacters(text);
        inText = true;
        empty = false;
        return this;
    }

    /** An inline element inside text, with no whitespace around it. */
    XmlOut inline(String name) throws XMLStreamException {
        xml.writeStartElement(AknNames.AKN, name);
        depth++;
        inText = true;
        return this;
    }

    XmlOut close() throws XMLStreamException {
        depth--;
        if (!inText && !empty) newline();
        xml.writeEndElement();
        empty = false;
        return this;
    }

    /** Closes an inline element: what follows stays on its line. */
    XmlOut closeInline() throws XMLStreamException {
        depth--;
        xml.writeEndElement();
        inText = true;
        return this;
    }

    /** Closes the element whose text was written and returns to element-only content. */
    XmlOut closeText() throws XMLStreamException {
        depth--;
        xml.writeEndElement();
        inText = false;
        return this;
    }

    private void newline() throws XMLStreamException {
        empty = false;
        if (inText) return;
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    String finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return buffer + "\n";
    }
}
