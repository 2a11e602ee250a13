package lexsite.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict YAML reading: unknown keys, missing required keys and syntax errors all name the file and line. */
public final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The same reading with no key required: used only to look for unknown keys when a required one is missing. */
    private static final ObjectMapper LENIENT = MAPPER.copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            return Boolean.FALSE;
        }
    });

    /** Jackson's words for a required key that is absent; maintainers know keys, not creator properties. */
    private static final Pattern MISSING_KEY = Pattern.compile("Missing required creator property '([^']+)'.*");

    private Yaml() {
    }

    /** Reads a YAML file strictly as UTF-8 ({@link TextFiles}); {@code shownAs} names it in messages. */
    public static <T> T readFile(Path path, String shownAs, Class<T> type) {
        return read(shownAs, String.join("\n", TextFiles.read(path, shownAs).lines()), type);
    }

    public static <T> T read(String file, String text, Class<T> type) {
        YamlAnchors.refuse(file, text);
        try {
            T value = MAPPER.readValue(text, type);
            if (value == null) throw new ContentError(file, 1, "the file holds no YAML values: it is empty or only comments");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw unknown(file, text, e);
        } catch (JsonProcessingException e) {
            String message = YamlMessages.of(e);
            Matcher missing = MISSING_KEY.matcher(message);
            if (!missing.matches()) throw new ContentError(file, line(e), message);
            unknownKey(file, text, type); // a misspelt key is both unknown and missing: name the misspelling
            // reported where the mapping that lacks the key ends
            throw new ContentError(file, line(e), "missing required key '" + missing.group(1) + "'");
        }
    }

    /**
     * Jackson checks required keys before unknown ones, so "summery:" for "summary:" would be reported only as a
     * missing "summary". Reading again with no key required finds the unknown key, and throws for it.
     */
    private static void unknownKey(String file, String text, Class<?> type) {
        try {
            LENIENT.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw unknown(file, text, e);
        } catch (JsonProcessingException | RuntimeException otherwise) {
            // without its required keys the value may not even be built: the missing key is the finding then
        }
    }

    /**
     * The line of the unknown key itself. Jackson reports an unknown key of a record only when the whole mapping
     * has been read, at its end; so the text is read again, token by token, to the key at the reported path.
     */
    private static int keyLine(String text, UnrecognizedPropertyException e) {
        List<Object> wanted = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? (Object) r.getFieldName() : (Object) r.getIndex()).toList();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && pathOf(parser.getParsingContext()).equals(wanted)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException unreadable) {
            // the text was read once already; should it fail now, the mapping's end still says roughly where
        }
        return line(e);
    }

    /** Field names and array indices from the document's root to the parser's position. */
    private static List<Object> pathOf(JsonStreamContext context) {
        LinkedList<Object> path = new LinkedList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            path.addFirst(c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
        }
        return path;
    }

    /** The known keys sorted, so the message is the same on every run. */
    private static ContentError unknown(String file, String text, UnrecognizedPropertyException e) {
        String known = String.join(", ", new java.util.TreeSet<>(e.getKnownPropertyIds().stream().map(String::valueOf).toList()));
        return new ContentError(file, keyLine(text, e), "unknown key '" + e.getPropertyName() + "' (known keys: " + known + ")");
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }
}
