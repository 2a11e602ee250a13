package lexsite.resolve;

import java.util.List;
import lexsite.resolve.numbering.ArticleNumbering;

/**
 * How the article numbers were arrived at, for `lexsite check`.
 *
 * @param fromSource numbers written in the source
 * @param inferred   numbers recovered by alignment
 * @param pinned     numbers set by pins
 * @param pins       pins in the pins file (of all kinds)
 * @param gaps       numbers with no article in the source
 * @param weak       runs of articles numbered on weak evidence
 */
public record NumberingReport(int fromSource, int inferred, int pinned, int pins, List<ArticleNumbering.Gap> gaps,
                              List<WeakStretch> weak) implements java.io.Serializable {

    public NumberingReport {
        gaps = List.copyOf(gaps);
        weak = List.copyOf(weak);
    }
}
