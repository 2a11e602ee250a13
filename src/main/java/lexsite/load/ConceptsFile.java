package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lexsite.model.Concept;

/** The shape of {@code content/concepts.yaml}; every key is required. */
record ConceptsFile(@JsonProperty(value = "concepts", required = true) List<Located<Entry>> concepts) {

    record Entry(@JsonProperty(value = "id", required = true) String id,
                 @JsonProperty(value = "words", required = true) List<String> words,
                 @JsonProperty(value = "law", required = true) List<String> law) {

        Concept toConcept(String file, int line) {
            return new Concept(Required.text(file, line, "id", id), texts(file, line, "words", words),
                    texts(file, line, "law", law), file, line);
        }

        private static List<String> texts(String file, int line, String key, List<String> values) {
            List<String> out = Required.list(values);
            if (out.isEmpty()) throw new ContentError(file, line, "'" + key + "' needs at least one word");
            for (String v : out) Required.text(file, line, key, v);
            return out;
        }
    }

    /** The concepts in file order. */
    List<Concept> toConcepts(String file) {
        return concepts.stream().map(entry -> entry.value().toConcept(file, entry.line())).toList();
    }
}
