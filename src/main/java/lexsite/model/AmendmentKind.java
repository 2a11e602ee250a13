package lexsite.model;

/** What an amendment note says happened to a provision. */
public enum AmendmentKind {
    NEW("new"),
    AMENDED("amended"),
    SUPPLEMENTED("supplemented"),
    AMENDED_AND_SUPPLEMENTED("amended and supplemented"),
    REPEALED("repealed"),
    /** "former paragraph 2", "former text of Article 60": the provision was renumbered or restructured. */
    FORMER("former"),
    /** "previous Article 42a": the article carried another number before. */
    PREVIOUSLY_NUMBERED("previously"),
    RENUMBERED("renumbered"),
    TITLE_AMENDED("title amended"),
    /** A summary note: "last amended – SG No. 24 of 2018". */
    LAST_AMENDED("last amended"),
    /** "last amended – none after adoption", "no subsequent amendments". */
    NO_LATER_AMENDMENT("no later amendment"),
    /** "Amended multiple times", "Supplemented and amended multiple times": no issue given. */
    AMENDED_MULTIPLE_TIMES("amended multiple times"),
    /** "current version since SG No. 36 of 2009". */
    CURRENT_VERSION("current version"),
    /** "amendment concerning entry into force – SG No. 101 of 2019". */
    ENTRY_INTO_FORCE_AMENDED("entry into force amended"),
    /** "second sentence effective from 01.06.2011": part of the provision has its own effective date. */
    PARTIAL_EFFECT("partly effective");

    private final String label;

    AmendmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this kind changed the text (as opposed to a summary or a pointer). */
    public boolean changesText() {
        return switch (this) {
            case NEW, AMENDED, SUPPLEMENTED, AMENDED_AND_SUPPLEMENTED, REPEALED, FORMER, RENUMBERED,
                 PREVIOUSLY_NUMBERED, TITLE_AMENDED, CURRENT_VERSION -> true;
            default -> false;
        };
    }
}
