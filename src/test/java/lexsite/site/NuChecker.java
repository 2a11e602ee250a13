package lexsite.site;

import lexsite.check.site.*;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The W3C Nu HTML Checker, run in this JVM on local files. Its schemas come inside its jar and it loads no
 * external entities, so it reaches no network.
 */
public final class NuChecker {

    /** One message about a page; {@code error} for errors and non-document errors (I/O, schema, internal). */
    public record Message(String page, int line, int column, boolean error, String text) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + text;
        }
    }

    private final Path root;
    private final ObjectMapper json = new ObjectMapper();

    public NuChecker(Path root) {
        this.root = root;
    }

    /** The errors and warnings of every page; the checker's "info" messages are dropped. */
    public List<Message> check(List<Path> pages) {
        List<Message> messages = new ArrayList<>();
        for (Path page : pages) messages.addAll(check(page));
        return messages;
    }

    private List<Message> check(Path page) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setLoadEntities(false);
        String name = SiteFiles.name(root, page);
        List<Message> messages = new ArrayList<>();
        try {
            for (JsonNode message : json.readTree(validator.validate(page)).path("messages")) {
                String type = message.path("type").asText();
                boolean warning = type.equals("info") && message.path("subType").asText().equals("warning");
                if (!type.equals("error") && !type.equals("non-document-error") && !warning) continue;
                int line = message.path("lastLine").asInt(message.path("firstLine").asInt(0));
                int column = message.path("firstColumn").asInt(message.path("lastColumn").asInt(0));
                messages.add(new Message(name, line, column, !warning, message.path("message").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + name, e);
        } catch (SAXException e) {
            messages.add(new Message(name, 0, 0, true, "the checker stopped: " + e.getMessage()));
        }
        return messages;
    }
}
