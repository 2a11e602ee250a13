package lexsite.model;

/** A text line together with the id of the node (article, paragraph, item) that holds it. */
public record LocatedLine(String nodeId, TextLine line) implements java.io.Serializable {
}
