package lexsite.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lexsite.model.Act;
import org.junit.jupiter.api.Test;

/** The JSON export read back gives the very model it was written from. */
class JsonRoundTripTest {

    @Test
    void theRealActReadBackEqualsTheModelWritten() {
        Act written = RealAct.result().act();
        Act read = JsonReader.act(JsonExport.act(RealAct.result()));
        assertEquals(written.provisions(), read.provisions(), () -> FirstDifference.of(written.provisions(), read.provisions()));
        assertEquals(written, read);
    }

    @Test
    void aKeyTheModelLacksIsAnErrorNotDropped() {
        String json = JsonExport.act(RealAct.result()).replaceFirst("\"frontMatter\"", "\"frontmatter\"");
        assertThrows(IllegalArgumentException.class, () -> JsonReader.act(json));
    }
}
