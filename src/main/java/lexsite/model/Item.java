package lexsite.model;

import java.util.List;

/**
 * A list item of a paragraph ("1.", "2a.") or a letter under an item ("a)").
 *
 * @param number       as written: "1", "7a", "a"
 */
public record Item(String id, String number, Status status, Provenance provenance, List<TextLine> text,
                   List<Item> subItems, int line) implements java.io.Serializable {

    public Item {
        text = List.copyOf(text);
        subItems = List.copyOf(subItems);
    }

    /** A copy whose id, and its sub-items' ids, hang under {@code parentId}. */
    public Item underParent(String parentId) {
        String newId = parentId + "__point_" + number;
        return new Item(newId, number, status, provenance, text,
                subItems.stream().map(s -> s.underParent(newId)).toList(), line);
    }

    /** True where the source lost items this node announces; see {@link TextLine#listMissingAfter()}. */
    public boolean itemsMissing() {
        return text.stream().anyMatch(TextLine::listMissingAfter);
    }
}
