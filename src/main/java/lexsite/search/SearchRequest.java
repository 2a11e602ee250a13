package lexsite.search;

/**
 * One search.
 *
 * @param kind  only documents of this kind; null for all
 * @param act   only documents of this act; null for all (programmes and guides belong to no act)
 * @param limit how many hits at most
 */
public record SearchRequest(String query, SearchDocument.Kind kind, String act, int limit) {

    /** A question in plain words is a sentence or two; a pasted page would only make every word count for nothing. */
    public static final int MAX_WORDS = 100;
    /** More results than anyone reads, and each costs a snippet. */
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("the query is empty");
        long words = query.strip().split("\\s+").length;
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("the query has " + words + " words; search takes at most " + MAX_WORDS
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
