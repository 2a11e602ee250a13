package lexsite.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * A value read from YAML with the line where it starts, so checks made after reading (an id that does not match
 * its file, a topic that does not exist) can still name the line.
 */
@JsonDeserialize(using = Located.Reader.class)
public record Located<T>(T value, int line) {

    /** Notes the line of the value's first token, then reads the value as Jackson would without the wrapper. */
    static final class Reader extends JsonDeserializer<Located<?>> implements ContextualDeserializer {

        private final JavaType valueType;

        Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            return new Reader(context.getContextualType().containedType(0));
        }

        @Override
        public Located<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            int line = parser.currentTokenLocation().getLineNr();
            return new Located<>(context.readValue(parser, valueType), line);
        }
    }
}
