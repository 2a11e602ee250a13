package lexsite.export.akn;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The OASIS Akoma Ntoso 3.0 schema, read where the project's machines keep it ({@code ../shared/schemas/akomantoso/}
 * beside the project folder), never copied into the repository; tests skip, saying so, where it is absent.
 */
public final class AknSchema {

    static final Path XSD = Path.of("..", "shared", "schemas", "akomantoso", "akomantoso30.xsd").toAbsolutePath().normalize();

    private AknSchema() {
    }

    public static Schema load() throws Exception {
        assumeTrue(Files.isRegularFile(XSD), "skipped: the Akoma Ntoso schema is not at " + XSD
                + " (the shared schemas folder beside the project); the export was not validated");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file"); // xml.xsd beside it, nothing from the network
        return factory.newSchema(XSD.toFile());
    }

    /** Every error the schema finds in {@code xml}, as "line:column: message"; empty when it is valid. */
    public static List<String> errors(Schema schema, String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
            }

            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }
}
