package lexsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lexsite.model.GazetteIssue;
import org.junit.jupiter.api.Test;

class AsAmendedByTest {

    private static Map<String, AsAmendedBy.Standing> standing(lexsite.resolve.ActResolver.Result earliest, GazetteIssue issue) {
        return AsAmendedBy.of(earliest, issue).stream().collect(Collectors.toMap(e -> e.article().id(), AsAmendedBy.Entry::standing));
    }

    /**
     * With the 2020 text the earliest held: before SG 5/2019 inserted Article 5a it is not listed, and Article 3,
     * which 5/2019 amended, had words then that we do not hold.
     */
    @Test
    void beforeAnIssueTheArticlesItInsertedAreAbsentAndLaterChangedWordingsAreNotOffered() {
        Map<String, AsAmendedBy.Standing> in2018 = standing(Markets.V2020, new GazetteIssue(99, 2018));
        assertEquals(false, in2018.containsKey("art_5a"));
        assertEquals(AsAmendedBy.Standing.WORDING_NOT_HELD, in2018.get("art_3"));
        assertEquals(AsAmendedBy.Standing.SAME_WORDING, in2018.get("art_1"));
        assertEquals(AsAmendedBy.Standing.SAME_WORDING, in2018.get("art_2"));
    }

    @Test
    void anArticleRepealedByThenIsMarkedRepealed() {
        Map<String, AsAmendedBy.Standing> after = standing(Markets.V2022, new GazetteIssue(20, 2022));
        assertEquals(AsAmendedBy.Standing.REPEALED, after.get("art_3"));
        assertEquals(AsAmendedBy.Standing.SAME_WORDING, after.get("art_2a"));
        AsAmendedBy.Entry two = AsAmendedBy.of(Markets.V2022, new GazetteIssue(5, 2019)).stream()
                .filter(e -> e.article().id().equals("art_2")).findFirst().orElseThrow();
        assertEquals(List.of(new GazetteIssue(20, 2022)), two.changedBy());
    }
}
