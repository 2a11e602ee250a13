package lexsite.search;

import java.util.List;

/**
 * The hits of one search.
 *
 * @param how   what the query was read as
 * @param total how many documents matched, of which {@code hits} are the first
 */
public record SearchResults(How how, List<SearchHit> hits, long total) {

    public enum How { CITATION, GAZETTE, TEXT }

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public List<String> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }
}
