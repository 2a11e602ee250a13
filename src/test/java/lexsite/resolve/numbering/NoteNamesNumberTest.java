package lexsite.resolve.numbering;

import static lexsite.resolve.numbering.Blocks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import org.junit.jupiter.api.Test;

class NoteNamesNumberTest {

    @Test
    void theFormerTextOfArticle29NamesArticle29() {
        String raw = "(Former text of Article 29 – SG No. 36 of 2009)";
        Provenance former = new Provenance(raw, 3, List.of(new Amendment(AmendmentKind.FORMER, new GazetteIssue(36, 2009), null,
                "text of Article 29", raw)));
        Article article = Article.unnumbered(Provenance.NONE, List.of(new Paragraph(null, "1", Status.IN_FORCE, former,
                List.of(new TextLine(4, "Foreigners shall prove their identity.")), List.of(), 3)), 3);
        NoteNamesNumber evidence = new NoteNamesNumber(List.of(article));
        assertEquals(Weights.NAMED_BY_NOTE, evidence.score(0, n("29")));
        assertEquals(0, evidence.score(0, n("30")));
        assertEquals(3, evidence.findings(0, n("29")).get(0).line());
    }
}
