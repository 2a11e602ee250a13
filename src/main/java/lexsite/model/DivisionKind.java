package lexsite.model;

public enum DivisionKind {
    PART, CHAPTER, SECTION,
    /** Additional, transitional and final provisions: the § provisions after the articles. */
    SUPPLEMENTARY
}
