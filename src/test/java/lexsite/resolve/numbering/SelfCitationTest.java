package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.article;
import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lexsite.model.Provenance;
import org.junit.jupiter.api.Test;

class SelfCitationTest {

    @Test
    void anArticleCitingItsOwnNumberLeavesEachCitationLeadingNowhere() {
        SelfCitation self = new SelfCitation(new Citations(1, Blocks.referencesIn(List.of(
                article(Provenance.NONE, 1, "Forms under Article 3 and Article 3.")))));
        assertEquals(-2 * Weights.CITATION_RESOLVES, self.score(0, n("3")));
        assertEquals(0, self.score(0, n("4")));
    }
}
