package lexsite.resolve;

/**
 * A citation found in the text and what it points at.
 *
 * @param fromId   the node whose text holds it
 * @param line     its source line
 * @param text     the citation as written
 * @param targetId the node it points at in this act; null when external or unresolved
 * @param problem  why it did not resolve; null when it did or is external
 */
public record ResolvedCitation(String fromId, int line, Citation citation, String text, String targetId, String problem) implements java.io.Serializable {

    public boolean resolved() {
        return targetId != null;
    }
}
