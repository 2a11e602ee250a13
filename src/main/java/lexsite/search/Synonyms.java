package lexsite.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lexsite.model.Synonym;
import org.apache.lucene.analysis.Analyzer;

/**
 * The maintainers' synonyms, looked up by stem so that every form of a word finds them ("deported" and
 * "deportation" both stem to "deport"). They travel inside the index, so the command line and the browser
 * export apply the very list the index was built with.
 */
public final class Synonyms {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** word as written in synonyms.yaml → its meanings, in file order. */
    private final Map<String, List<String>> byWord;
    /** the word's stem → the meanings of every word with that stem. */
    private final Map<String, List<String>> byStem = new LinkedHashMap<>();

    Synonyms(Map<String, List<String>> byWord, Analyzer stemmer) {
        this.byWord = new LinkedHashMap<>(byWord);
        byWord.forEach((word, means) -> {
            List<String> stems = QueryAnalysis.terms(stemmer, word);
            if (stems.size() == 1) byStem.computeIfAbsent(stems.get(0), s -> new ArrayList<>()).addAll(means);
        });
    }

    static Synonyms of(List<Synonym> synonyms, Analyzer stemmer) {
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        for (Synonym s : synonyms) byWord.put(s.word().toLowerCase(Locale.ROOT), s.means());
        return new Synonyms(byWord, stemmer);
    }

    /** The meanings of {@code word}, found by its stem; empty when it has none. */
    List<String> meanings(String word, Analyzer stemmer) {
        List<String> stems = QueryAnalysis.terms(stemmer, word);
        return stems.size() == 1 ? byStem.getOrDefault(stems.get(0), List.of()) : List.of();
    }

    /** The words as written, for the vocabulary: a misspelt "deportaton" is corrected to one of them. */
    public List<String> words() {
        return List.copyOf(byWord.keySet());
    }

    /** stem → meanings, as the browser export ships them. */
    public Map<String, List<String>> byStem() {
        return java.util.Collections.unmodifiableMap(byStem);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(byWord);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Synonyms fromJson(String json, Analyzer stemmer) {
        if (json == null) return new Synonyms(Map.of(), stemmer);
        try {
            return new Synonyms(JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() { }), stemmer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index's synonyms are unreadable", e);
        }
    }
}
