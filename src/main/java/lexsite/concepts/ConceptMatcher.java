package lexsite.concepts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexsite.model.Concept;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Finds the subjects ({@code content/concepts.yaml}) a passage deals with in the law's words: a paragraph on
 * "compulsory accommodation in a special centre" deals with detention. Phrases are compared as the stems the
 * language's analyzer makes, stop words left out, so "special centres" matches "special centre". Search gives each
 * passage the reader's words for its subjects; the article pages pick the help that fits an article by them.
 */
public final class ConceptMatcher {

    /** One of the law's phrases for the concept at {@code concept} in the file's order, as stems. */
    private record Phrase(int concept, List<String> stems) {
    }

    private final Analyzer analyzer;
    private final List<Concept> concepts;
    /** Every phrase by its first stem, so a passage is read once, not once for each phrase. */
    private final Map<String, List<Phrase>> phrasesByFirstStem = new HashMap<>();

    public ConceptMatcher(List<Concept> concepts, String language) {
        this.analyzer = analyzer(language);
        this.concepts = List.copyOf(concepts);
        for (int c = 0; c < concepts.size(); c++) {
            for (String law : concepts.get(c).law()) {
                List<String> stems = stems(law);
                if (!stems.isEmpty()) phrasesByFirstStem.computeIfAbsent(stems.get(0), s -> new ArrayList<>()).add(new Phrase(c, stems));
            }
        }
    }

    /**
     * English words the Porter stemmer would give the stem of a word with another meaning: "force" (entered into
     * force) and "forced" (forced returns) both stem to "forc", "international" and "interns" to "intern",
     * "transitional" and "transit" to "transit". Each stays as it is, so neither meaning matches the other. Found by
     * listing the content's words by stem; the browser's analyzer (analyzer.js) keeps the same list.
     */
    public static final List<String> STEM_EXCLUSIONS = List.of("force", "international", "internal", "internally",
            "transition", "transitional", "positive", "initiative", "initiatives", "publication", "publications",
            "original", "originally", "presentation", "presentations", "united", "response", "specialization",
            "specialized");

    /** The analyzer that stems {@code language} ("en", "bg", "ro"), as the search index does. */
    public static Analyzer analyzer(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, new CharArraySet(STEM_EXCLUSIONS, false));
            case "bg" -> new BulgarianAnalyzer();
            case "ro" -> new RomanianAnalyzer();
            default -> throw new IllegalArgumentException("no analyzer for language " + language);
        };
    }

    /** The concepts {@code text} speaks of, in the file's order. */
    public List<Concept> matches(String text) {
        if (concepts.isEmpty()) return List.of();
        List<String> stems = stems(text);
        BitSet found = new BitSet(concepts.size());
        for (int at = 0; at < stems.size(); at++) {
            for (Phrase phrase : phrasesByFirstStem.getOrDefault(stems.get(at), List.of())) {
                if (!found.get(phrase.concept()) && startsAt(stems, at, phrase.stems())) found.set(phrase.concept());
            }
        }
        return found.stream().mapToObj(concepts::get).toList();
    }

    private static boolean startsAt(List<String> stems, int at, List<String> phrase) {
        if (at + phrase.size() > stems.size()) return false;
        for (int i = 1; i < phrase.size(); i++) if (!stems.get(at + i).equals(phrase.get(i))) return false;
        return true;
    }

    /** The reader's words for every concept {@code text} speaks of, each once, one a line. */
    public String plainWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Concept c : matches(text)) out.addAll(c.words());
        return String.join("\n", out);
    }

    private List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader never fails
        }
        return out;
    }
}
