package lexsite.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.concepts.ConceptMatcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzers, by field. Text is stemmed in its own language, so each language has its own title and text
 * fields ("text_en", "text_bg"); the same wrapper analyzes the query for each field. Citations, chapter names
 * and the unstemmed {@link #WORDS} field (for misspellings) go through the language-neutral StandardAnalyzer.
 */
public final class SearchAnalyzers {

    static final List<String> LANGUAGES = lexsite.model.SiteConfig.LANGUAGES;
    /** Every word of title and text, lower-cased but not stemmed: fuzzy matching needs whole words. */
    public static final String WORDS = "words";

    private SearchAnalyzers() {
    }

    public static String title(String language) {
        return "title_" + supported(language);
    }

    public static String text(String language) {
        return "text_" + supported(language);
    }

    /** The reader's words for the subjects a passage deals with ({@link ConceptMatcher}). */
    public static String plain(String language) {
        return "plain_" + supported(language);
    }

    static Analyzer wrapper() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (String language : LANGUAGES) {
            Analyzer analyzer = forLanguage(language);
            byField.put(title(language), analyzer);
            byField.put(text(language), analyzer);
            byField.put(plain(language), analyzer);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }

    static Analyzer forLanguage(String language) {
        return ConceptMatcher.analyzer(language);
    }

    private static String supported(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("search supports " + LANGUAGES + ", not '" + language + "'");
        }
        return language;
    }
}
