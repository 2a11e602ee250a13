package lexsite.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * What a typed query asks for, before it meets the fields: quoted phrases, and each other word with what it
 * stands for. A word the content has stands for itself (and its synonyms); an unknown word stands for its
 * synonyms, or, if it is the last word and still being typed, for its commonest completions, or else for its
 * nearest spellings. The browser client (search.js) builds the same plan by the same rules, so both rank alike.
 *
 * @param clauses  in the order typed
 * @param question whether the query asks a question: it framed its words with question words, which were dropped
 *                 ("how long can I be detained"); a question's results lead with a provision ({@link ResultRows})
 */
public record QueryPlan(List<Clause> clauses, boolean question) {

    /** Synonyms count for less than what was typed; corrections and completions stand in for it fully. */
    public static final float SYNONYM_WEIGHT = 0.5f;

    /**
     * Words that frame a question rather than say what it is about ("how can I …", "what do I …"). A query drops
     * them unless it has nothing else: in "I lost my job" the "I" matched the heading "I. Immigration Law".
     * Lower case, as the {@code words} field splits them; the browser reads the list from the manifest.
     */
    public static final List<String> QUESTION_WORDS = List.of("am", "can", "could", "did", "do", "does", "get", "got",
            "have", "has", "how", "i", "i'm", "me", "mine", "my", "myself", "need", "please", "should", "want", "we",
            "what", "what's", "when", "where", "which", "who", "why", "would", "you", "your");

    public sealed interface Clause permits Word, Phrase {
    }

    /** A word as typed (lower-cased, as the {@code words} field holds it) and the words it is searched as. */
    public record Word(String typed, List<Alternative> alternatives) implements Clause {
    }

    /** A quoted phrase: its words must come in this order. */
    public record Phrase(String text) implements Clause {
    }

    public enum Source { TYPED, SYNONYM, COMPLETION, CORRECTION }

    public record Alternative(String word, float weight, Source source) {
    }

    /**
     * @param words    splits and lower-cases text as the {@code words} field does (StandardAnalyzer)
     * @param stemmer  the site language's analyzer, for synonym lookups
     */
    static QueryPlan of(String query, Vocabulary vocabulary, Synonyms synonyms, Analyzer words, Analyzer stemmer) {
        List<Clause> clauses = new ArrayList<>();
        List<Word> typedWords = new ArrayList<>();
        String[] parts = query.split("\"", -1);
        boolean balanced = parts.length % 2 == 1;
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1 && (balanced || i < parts.length - 1);
            if (quoted) {
                if (!parts[i].isBlank()) clauses.add(new Phrase(parts[i]));
                continue;
            }
            List<String> typed = QueryAnalysis.terms(words, parts[i]);
            boolean endsQuery = i == parts.length - 1 && !query.isEmpty() && Character.isLetterOrDigit(query.codePointBefore(query.length()));
            for (int w = 0; w < typed.size(); w++) {
                boolean open = endsQuery && w == typed.size() - 1;
                Word word = word(typed.get(w), open, vocabulary, synonyms, stemmer);
                clauses.add(word);
                typedWords.add(word);
            }
        }
        boolean question = false;
        if (typedWords.stream().anyMatch(w -> !QUESTION_WORDS.contains(w.typed()))) {
            question = clauses.removeIf(c -> c instanceof Word w && QUESTION_WORDS.contains(w.typed()));
        }
        return new QueryPlan(clauses, question);
    }

    private static Word word(String typed, boolean open, Vocabulary vocabulary, Synonyms synonyms, Analyzer stemmer) {
        List<Alternative> out = new ArrayList<>();
        out.add(new Alternative(typed, 1f, Source.TYPED));
        List<String> meanings = synonyms.meanings(typed, stemmer);
        if (vocabulary.contains(typed) || !meanings.isEmpty()) {
            meanings.forEach(m -> out.add(new Alternative(m, SYNONYM_WEIGHT, Source.SYNONYM)));
            return new Word(typed, out);
        }
        List<String> completions = open && typed.length() >= Vocabulary.COMPLETION_MIN_LENGTH ? vocabulary.completions(typed) : List.of();
        if (!completions.isEmpty()) {
            completions.forEach(c -> out.add(new Alternative(c, 1f, Source.COMPLETION)));
            return new Word(typed, out);
        }
        for (String correction : vocabulary.corrections(typed)) {
            out.add(new Alternative(correction, 1f, Source.CORRECTION));
            synonyms.meanings(correction, stemmer).forEach(m -> out.add(new Alternative(m, SYNONYM_WEIGHT, Source.SYNONYM)));
        }
        return new Word(typed, out);
    }
}
