package lexsite.resolve.numbering;

import java.util.List;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.Provenance;

/**
 * What a block's notes say of where it came from. The copy sometimes puts an article's note on its paragraph (1)
 * ("(1) (new – SG No. 37 of 2003; former text of Article 60 – …)"), so where the article has no note of its own,
 * that of its first paragraph speaks for it.
 */
final class Origins {

    private Origins() {
    }

    static Provenance of(Article article) {
        if (!article.provenance().isEmpty() || article.paragraphs().isEmpty()) return article.provenance();
        return article.paragraphs().get(0).provenance();
    }

    /** The gazette issue that inserted the block; null where its note does not start "new –". */
    static GazetteIssue insertedBy(Article article) {
        List<Amendment> amendments = of(article).amendments();
        if (amendments.isEmpty() || amendments.get(0).kind() != AmendmentKind.NEW) return null;
        return amendments.get(0).issue();
    }
}
