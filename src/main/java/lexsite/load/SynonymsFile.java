package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lexsite.model.Synonym;

/** The shape of {@code content/synonyms.yaml}; every key is required. */
record SynonymsFile(@JsonProperty(value = "synonyms", required = true) List<Located<Entry>> synonyms) {

    record Entry(@JsonProperty(value = "word", required = true) String word,
                 @JsonProperty(value = "means", required = true) List<String> means) {

        Synonym toSynonym(String file, int line) {
            List<String> meanings = Required.list(means);
            if (meanings.isEmpty()) throw new ContentError(file, line, "'means' needs at least one word");
            for (String m : meanings) Required.text(file, line, "means", m);
            return new Synonym(Required.text(file, line, "word", word), meanings, file, line);
        }
    }

    /** The synonyms in file order; a word defined twice is an error, since only one of its lists could apply. */
    List<Synonym> toSynonyms(String file) {
        Map<String, Integer> seen = new HashMap<>();
        List<Synonym> out = synonyms.stream().map(entry -> entry.value().toSynonym(file, entry.line())).toList();
        for (Synonym s : out) {
            Integer first = seen.putIfAbsent(s.word().toLowerCase(Locale.ROOT), s.line());
            if (first != null) {
                throw new ContentError(file, s.line(), "'" + s.word() + "' is already defined at line " + first);
            }
        }
        return out;
    }
}
