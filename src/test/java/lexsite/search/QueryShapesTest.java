package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lexsite.model.GazetteIssue;
import org.junit.jupiter.api.Test;

/** Citations and gazette issues as readers type them. */
class QueryShapesTest {

    @Test
    void citationsInEnglishAndBulgarianLeadToTheirNode() {
        assertEquals(List.of("art_24i"), ids("art 24i"));
        assertEquals(List.of("art_15__para_1", "art_15"), ids("Article 15(1)"));
        assertEquals(List.of("art_24i"), ids("чл. 24и"));
        assertEquals(List.of("art_24__para_2", "art_24"), ids("art. 24, para 2"));
        assertEquals(List.of("art_24v__para_1", "art_24v"), ids("чл. 24в, ал. 1"));
        assertEquals(List.of("sec_1"), ids("§ 1"));
    }

    @Test
    void wordsThatMerelyStartLikeACitationAreNone() {
        assertTrue(CitationQuery.parse("artistic work permit").isEmpty());
        assertTrue(CitationQuery.parse("work after 24 months").isEmpty());
        assertTrue(CitationQuery.parse("article 24xyz").isEmpty(), "no such letter suffix");
    }

    @Test
    void gazetteIssuesInTheirUsualForms() {
        GazetteIssue sg52 = new GazetteIssue(52, 2025);
        assertEquals(Optional.of(sg52), GazetteQuery.parse("SG 52/2025"));
        assertEquals(Optional.of(sg52), GazetteQuery.parse("sg no. 52 of 2025"));
        assertEquals(Optional.of(new GazetteIssue(97, 2016)), GazetteQuery.parse("State Gazette No. 97 of 2016"));
        assertEquals(Optional.of(sg52), GazetteQuery.parse("ДВ бр. 52 от 2025"));
        assertTrue(GazetteQuery.parse("SG 0/2025").isEmpty());
        assertTrue(GazetteQuery.parse("single permit 2025").isEmpty());
    }

    private static List<String> ids(String query) {
        return CitationQuery.parse(query).orElseThrow(() -> new AssertionError("not read as a citation: " + query)).ids();
    }
}
