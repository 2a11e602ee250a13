package lexsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The terms a Lucene analyzer makes of a text, in order: what the index stores and what a query must match. */
public final class QueryAnalysis {

    private static final String FIELD = "text";

    private QueryAnalysis() {
    }

    /** A term and its position, counting the stop words removed before it, as a phrase query needs. */
    public record Positioned(String term, int position) {
    }

    public static List<String> terms(Analyzer analyzer, String text) {
        return positioned(analyzer, text).stream().map(Positioned::term).toList();
    }

    public static List<Positioned> positioned(Analyzer analyzer, String text) {
        return positioned(analyzer, FIELD, text);
    }

    /** As {@code analyzer} treats {@code field}: a per-field wrapper picks that field's analyzer. */
    public static List<Positioned> positioned(Analyzer analyzer, String field, String text) {
        List<Positioned> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(new Positioned(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            // Analyzers read a String through a StringReader, which never fails; a filter that does is a bug.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
