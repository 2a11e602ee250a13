package lexsite.resolve.numbering;

import lexsite.model.ArticleNumber;

/**
 * An article does not cite itself by number: it says "paragraph (1)". So a number it cites is not its own, and a
 * numbering that gives it that number leaves each such citation leading nowhere, as passing the number over would.
 */
final class SelfCitation implements Evidence {

    private final Citations citations;

    SelfCitation(Citations citations) {
        this.citations = citations;
    }

    @Override
    public double score(int block, ArticleNumber n) {
        int own = citations.citing(block, n);
        return own == 0 ? 0 : -own * Weights.CITATION_RESOLVES;
    }
}
