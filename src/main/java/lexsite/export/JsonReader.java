package lexsite.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import lexsite.model.Act;

/**
 * Reads a {@link JsonExport} document back into the statute model, through the records' own constructors, so
 * the JSON a tool keeps can be checked against (or rebuilt into) the model it came from.
 */
public final class JsonReader {

    // strict: a key the records do not have is an error, not dropped
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonReader() {
    }

    /** The act of an exported document. */
    public static Act act(String json) {
        try {
            JsonNode document = MAPPER.readTree(json);
            JsonNode act = document.get("act");
            if (act == null) throw new IllegalArgumentException("no \"act\" in the document");
            return MAPPER.treeToValue(act, Act.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a Lexsite JSON export: " + e.getMessage(), e);
        }
    }
}
