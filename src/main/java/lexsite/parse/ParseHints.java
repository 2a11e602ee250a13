package lexsite.parse;

import java.util.List;

/**
 * What a maintainer tells the parser about boundaries the source lost.
 *
 * @param articleStarts      lines starting with one of these begin a new article even where the text reads on
 * @param supplementaryStarts lines starting with one of these open the supplementary (§) provisions when their
 *                            heading was lost
 */
public record ParseHints(List<String> articleStarts, List<String> supplementaryStarts) {

    public static final ParseHints NONE = new ParseHints(List.of(), List.of());

    public ParseHints {
        articleStarts = List.copyOf(articleStarts);
        supplementaryStarts = List.copyOf(supplementaryStarts);
    }

    boolean startsArticle(String text) {
        return articleStarts.stream().anyMatch(text::startsWith);
    }

    boolean startsSupplementary(String text) {
        return supplementaryStarts.stream().anyMatch(text::startsWith);
    }
}
