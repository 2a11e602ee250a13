package lexsite.search;

/**
 * One result, ranked from 1.
 *
 * @param citation "Article 24i(1)" for the act, null elsewhere
 * @param snippet  a passage of the text with the matched words between the searcher's marks
 * @param url      the page from the site root, with the anchor
 */
public record SearchHit(int rank, String id, SearchDocument.Kind kind, String citation, String title,
                        String snippet, String url) {

    /** What a reader sees as the hit's name: the citation where there is one. */
    public String label() {
        return citation != null ? citation : title;
    }
}
