package lexsite.search;

/**
 * One search.
 *
 * @param kind  only documents of this kind; null for all
 * @param act   only documents of this act; null for all (programmes and guides belong to no act)
 * @param limit how many hits at most
 */
public record SearchRequest(String query, SearchDocument.Kind kind, String act, int limit) {

    public SearchRequest {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("the query is empty");
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, limit);
    }
}
