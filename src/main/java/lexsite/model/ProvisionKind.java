package lexsite.model;

public enum ProvisionKind {
    /** "Art. 9e" in the body of the act. */
    ARTICLE,
    /** "§ 1" in the additional, transitional and final provisions. */
    SUPPLEMENTARY
}
