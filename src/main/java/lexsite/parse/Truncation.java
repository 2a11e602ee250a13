package lexsite.parse;

import java.util.regex.Pattern;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.SourceText;

/**
 * Says whether an act's text looks cut short, as a copy that stopped downloading or a paste that lost its end.
 * An act ends with the closing formula ("This Act was adopted by the … National Assembly"); without it:
 * <ul>
 *   <li>a last line that stops mid-sentence, or announces more (":" or ";" or ","), is an <em>error</em>: the
 *       text is certainly incomplete, and a site would show a provision broken off;</li>
 *   <li>a last line that ends a sentence is a <em>warning</em>: the copy may end at a provision's end, or the
 *       source may simply lack the formula, which only a maintainer can tell.</li>
 * </ul>
 */
public final class Truncation {

    /** A sentence ends with a full stop, "!" or "?", perhaps inside closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"”’')\\]]*$");

    private Truncation() {
    }

    public static void check(SourceText source, ParsedAct parsed, Diagnostics diagnostics) {
        if (!parsed.closing().isEmpty()) return;
        int last = source.size();
        while (last > 0 && source.line(last).isBlank()) last--;
        if (last == 0) return; // an empty file is refused when it is read
        String text = source.line(last).strip();
        String tail = text.length() <= 40 ? text : "…" + text.substring(text.length() - 40);
        if (!SENTENCE_END.matcher(text).matches()) {
            diagnostics.error(source.file(), last, "text-truncated", "the text stops mid-sentence ('" + tail
                    + "') with no closing formula after it: the file looks cut short; restore its end");
        } else {
            diagnostics.warning(source.file(), last, "closing-missing", "the text ends here without the closing formula"
                    + " ('This Act was adopted by the … National Assembly'): check that the copy is complete");
        }
    }
}
