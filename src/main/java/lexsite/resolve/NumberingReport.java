package lexsite.resolve;

import java.util.List;

/**
 * How the article numbers were arrived at, for `lexsite check`.
 *
 * @param fromSource        numbers written in the source
 * @param inferred          numbers recovered by alignment
 * @param pinned            numbers set by pins
 * @param pins              pins in the pins file (of all kinds)
 * @param gaps              numbers with no article in the source
 * @param differWithoutPins articles whose number would differ with no pins at all
 * @param unpinnedResolved  article citations resolving under the pin-free numbering
 * @param articleCitations  article citations in all
 */
public record NumberingReport(int fromSource, int inferred, int pinned, int pins, List<ArticleNumbering.Gap> gaps,
                              int differWithoutPins, int unpinnedResolved, int articleCitations) {
}
