package lexsite.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A general English vocabulary that owes nothing to our content or question sets: the whole-word entries of
 * all-MiniLM-L6-v2's own tokenizer (the tokenizer.json inside langchain4j's jar), alphabetic, at least three
 * letters, in alphabetical order. Word pieces ("##ing"), numbers and punctuation are left out.
 */
public final class ModelVocabulary {

    private static final String RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private ModelVocabulary() {
    }

    public static List<String> words() {
        return words(Integer.MAX_VALUE);
    }

    /**
     * The words whose id in the tokenizer is below {@code maxId}: the tokenizer numbers its entries roughly by
     * frequency, so a lower cap keeps common words and drops rare names.
     */
    public static List<String> words(int maxId) {
        try (InputStream in = ModelVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("no " + RESOURCE + " on the classpath");
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> out = new TreeSet<>();
            for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                String w = it.next();
                if (vocab.get(w).asInt() >= maxId) continue;
                if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) out.add(w);
            }
            return new ArrayList<>(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
