package lexsite.model;

import java.util.List;

/**
 * A paragraph of an article: "(1) …", or the article's only, unnumbered text.
 *
 * @param number       "1", "2a"; null for an article's unnumbered text
 * @param text         the paragraph's own lines (before its items), exactly as in the source
 */
public record Paragraph(String id, String number, Status status, Provenance provenance, List<TextLine> text,
                        List<Item> items, int line) implements java.io.Serializable {

    public Paragraph {
        text = List.copyOf(text);
        items = List.copyOf(items);
    }

    public boolean isNumbered() {
        return number != null;
    }

    /** A copy whose ids hang under the article id {@code articleId}. */
    public Paragraph underArticle(String articleId) {
        String newId = number == null ? articleId + "__content" : articleId + "__para_" + number;
        String itemParent = number == null ? articleId : newId;
        return new Paragraph(newId, number, status, provenance, text,
                items.stream().map(i -> i.underParent(itemParent)).toList(), line);
    }

    /** True where the source lost items this node announces; see {@link TextLine#listMissingAfter()}. */
    public boolean itemsMissing() {
        return text.stream().anyMatch(TextLine::listMissingAfter);
    }
}
