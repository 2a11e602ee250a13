package lexsite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {

    record Titled(String id, Map<String, String> titles, Set<String> tags, List<String> order, Optional<String> note) {
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) out.put(keysAndValues[i], keysAndValues[i + 1]);
        return out;
    }

    @Test
    void mapsAndSetsReadTheSameWhateverOrderTheyIterateIn() {
        Titled one = new Titled("act", map("en", "Act", "bg", "Закон"), new LinkedHashSet<>(List.of("a", "b")), List.of("x"), Optional.of("n"));
        Titled two = new Titled("act", map("bg", "Закон", "en", "Act"), new LinkedHashSet<>(List.of("b", "a")), List.of("x"), Optional.of("n"));
        assertNotEquals(one.toString(), two.toString(), "the fixture should iterate in two orders");
        assertEquals(CanonicalText.of(one), CanonicalText.of(two));
        assertEquals("Titled[id=act, titles={bg=Закон, en=Act}, tags=[a, b], order=[x], note=Optional[n]]", CanonicalText.of(one));
    }

    @Test
    void listsKeepTheirOrderAndValuesStayApart() {
        Titled one = new Titled("act", Map.of(), Set.of(), List.of("x", "y"), Optional.empty());
        assertNotEquals(CanonicalText.of(one), CanonicalText.of(new Titled("act", Map.of(), Set.of(), List.of("y", "x"), Optional.empty())));
        assertNotEquals(CanonicalText.of(one), CanonicalText.of(new Titled("act", Map.of("k", "v"), Set.of(), List.of("x", "y"), Optional.empty())));
    }
}
