package lexsite.model;

/** Where a number shown to readers comes from; `lexsite check` reports it for every article. */
public enum NumberOrigin {
    /** Written in the source text itself ("Art. 8a.", "(1)", "2."). */
    SOURCE,
    /** Recovered by aligning the source with its own citations and amendment notes. */
    INFERRED,
    /** Set by a maintainer in the act's pins file. */
    PINNED,
    /** Unknown: the source lost it, so the site shows the provision's position instead and says so. */
    POSITION
}
