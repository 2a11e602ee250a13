package lexsite.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lexsite.model.Concept;
import org.apache.lucene.analysis.Analyzer;

/**
 * Gives a passage the reader's words for the subjects it deals with in the law's words ({@code content/concepts.yaml}):
 * a paragraph on "compulsory accommodation in a special centre" gets "detention", "detained", "custody". The words go
 * into a field of their own ({@link SearchAnalyzers#plain}), searched like the text, so the CLI and the browser,
 * which both read the index, find the passage alike. Phrases are compared as the stems the analyzer makes, stop
 * words left out, so "special centres" matches "special centre".
 */
final class ConceptTagger {

    private record Phrase(List<String> stems) {
    }

    private record Compiled(Concept concept, List<Phrase> law) {
    }

    private final Analyzer analyzer;
    private final List<Compiled> concepts = new ArrayList<>();

    /** @param analyzer the language's analyzer, the one the plain field is searched with */
    ConceptTagger(List<Concept> concepts, Analyzer analyzer) {
        this.analyzer = analyzer;
        for (Concept c : concepts) {
            List<Phrase> law = c.law().stream().map(p -> new Phrase(QueryAnalysis.terms(analyzer, p)))
                    .filter(p -> !p.stems().isEmpty()).toList();
            this.concepts.add(new Compiled(c, law));
        }
    }

    /** The reader's words for every concept {@code text} speaks of, each concept once and in the file's order. */
    String plainWords(String text) {
        if (concepts.isEmpty()) return "";
        List<String> stems = QueryAnalysis.terms(analyzer, text);
        Set<String> out = new LinkedHashSet<>();
        for (Compiled c : concepts) {
            if (c.law().stream().anyMatch(p -> Collections.indexOfSubList(stems, p.stems()) >= 0)) out.addAll(c.concept().words());
        }
        return String.join("\n", out);
    }
}
