package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms a Lucene analyzer makes of a text, in order: what the index stores and what a query must match. */
public final class QueryAnalysis {

    private static final String FIELD = "text";

    private QueryAnalysis() {
    }

    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            // Analyzers read a String through a StringReader, which never fails; a filter that does is a bug.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
