package lexsite.model;

import java.util.List;

/**
 * The amendment history of one node, read from its note, e.g.
 * {@code (new – SG No. 42 of 2001; repealed – SG No. 33 of 2016, in force from 21.05.2016)}.
 *
 * @param raw        the whole note exactly as in the source, brackets included; empty when the node has none
 * @param line       the source line of the note, 0 when there is none
 * @param amendments the entries in the order the note gives them
 */
public record Provenance(String raw, int line, List<Amendment> amendments) implements java.io.Serializable {

    public static final Provenance NONE = new Provenance("", 0, List.of());

    public Provenance {
        amendments = List.copyOf(amendments);
    }

    public boolean isEmpty() {
        return raw.isEmpty();
    }

    /** True where the note says the node was inserted after the act's adoption. */
    public boolean startsAsNew() {
        return !amendments.isEmpty() && amendments.get(0).kind() == AmendmentKind.NEW;
    }

    /** Repealed where the last text-changing entry is a repeal. */
    public boolean isRepealed() {
        for (int i = amendments.size() - 1; i >= 0; i--) {
            AmendmentKind kind = amendments.get(i).kind();
            if (kind == AmendmentKind.REPEALED) return true;
            if (kind == AmendmentKind.NEW || kind == AmendmentKind.AMENDED
                    || kind == AmendmentKind.AMENDED_AND_SUPPLEMENTED || kind == AmendmentKind.SUPPLEMENTED
                    || kind == AmendmentKind.CURRENT_VERSION) return false;
        }
        return false;
    }
}
