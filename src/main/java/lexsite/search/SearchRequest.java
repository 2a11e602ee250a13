package lexsite.search;

/**
 * One search.
 *
 * @param kind  only documents of this kind; null for all
 * @param act   only documents of this act; null for all (programmes and guides belong to no act)
 * @param limit how many hits at most
 */
public record SearchRequest(String query, SearchDocument.Kind kind, String act, int limit) {

    /**
     * A question in plain words is a sentence or two; a pasted page would make every word count for nothing, and each
     * different word is a clause of the query. A word repeated counts once, as it does in the query.
     */
    public static final int MAX_WORDS = 100;
    /** Words in all, repeats included: each occurrence still costs clauses (Lucene stops at 1,024). */
    public static final int MAX_ALL_WORDS = 200;
    /** More results than anyone reads, and each costs a snippet. */
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("the query is empty");
        String[] all = query.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (all.length > MAX_ALL_WORDS) {
            throw new IllegalArgumentException("the query has " + all.length + " words; search takes at most " + MAX_ALL_WORDS
                    + ": ask in a sentence or two");
        }
        long words = java.util.Arrays.stream(all).distinct().count();
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("the query has " + words + " different words; search takes at most " + MAX_WORDS
                    + ": ask in a sentence or two");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("--limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, limit);
    }
}
