package lexsite.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import lexsite.diagnostics.Diagnostics;
import lexsite.export.RealAct;
import lexsite.model.Act;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The real act as XLIFF 2.0: valid against the core schema Okapi ships, one unit per provision, notes protected. */
class XliffExportTest {

    private final Act act = RealAct.result().act();
    private final String xliff = XliffExport.of(act, "bg", Map.of());

    @Test
    void validatesAgainstTheXliff20CoreSchema() throws Exception {
        assertEquals(List.of(), schemaErrors(xliff));
    }

    @Test
    void theSchemaCatchesAUnitWithNoSegment() throws Exception {
        String broken = xliff.replaceFirst("(?s)(<unit [^>]*>).*?</unit>", "$1</unit>");
        assertFalse(schemaErrors(broken).isEmpty());
    }

    @Test
    void oneUnitPerProvisionKeyedByEIdWithTheNoteAsAProtectedCode() {
        XliffFile read = XliffFile.read(xliff);
        List<SourceUnit> units = SourceUnit.of(act);
        assertEquals(units.stream().map(SourceUnit::id).toList(), read.units().stream().map(XliffFile.ReadUnit::id).toList());
        assertEquals("en", read.sourceLanguage());
        assertEquals("bg", read.targetLanguage());
        XliffFile.ReadUnit ees = read.units().stream().filter(u -> u.id().equals("art_9m__para_1")).findFirst().orElseThrow();
        assertTrue(ees.sources().get(0).startsWith("Upon entry into and exit from the Republic of Bulgaria"), ees.sources().get(0));
        assertTrue(read.units().stream().anyMatch(u -> u.id().equals("art_9m__alt_1__para_1")), "the second wording is a unit too");
        String withNote = xliff.substring(xliff.indexOf("<unit id=\"art_1__para_3\""));
        withNote = withNote.substring(0, withNote.indexOf("</unit>"));
        assertTrue(withNote.contains("canCopy=\"no\"") && withNote.contains("canDelete=\"no\""), withNote);
        assertTrue(withNote.contains("<note category=\"location\">Article 1(3)</note>"), withNote);
        String first = xliff.substring(xliff.indexOf("<unit id=\"art_1__para_1\""));
        assertTrue(first.substring(0, first.indexOf("</unit>")).contains("The article's amendment note, kept as it is: (amended – State Gazette No. 29 of 2007)"),
                "an article's own note comes with its first unit");
        Diagnostics d = new Diagnostics();
        XliffCheck.Result r = XliffCheck.check(read, "x.xlf", act, d);
        assertEquals(0, r.translated());
        assertEquals(units.size(), r.untranslated());
        assertFalse(d.hasErrors(), d.sorted().toString());
    }

    static List<String> schemaErrors(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var xsd = XliffExportTest.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertNotNull(xsd, "Okapi's copy of xliff_core_2.0.xsd");
        Validator v = factory.newSchema(xsd).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }
}
