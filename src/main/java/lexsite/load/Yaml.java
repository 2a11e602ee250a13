package lexsite.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Strict YAML reading: unknown keys, missing required keys and syntax errors all name the file and line. */
public final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Yaml() {
    }

    public static <T> T read(String file, String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ContentError(file, line(e), "unknown key '" + e.getPropertyName() + "' (known keys: "
                    + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            throw new ContentError(file, line(e), e.getOriginalMessage().replaceAll("\\s+", " "));
        }
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
    }
}
