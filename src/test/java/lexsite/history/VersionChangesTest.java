package lexsite.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lexsite.compare.WordDiff;
import lexsite.model.GazetteIssue;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    private static Map<String, ProvisionChange.Kind> kinds(VersionChanges changes) {
        return changes.changes().stream().collect(Collectors.toMap(ProvisionChange::id, ProvisionChange::kind,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void eachArticleIsPairedThroughTimeAndWhatHappenedToItIsNamed() {
        VersionChanges changes = VersionChanges.of(Markets.V2020, Markets.V2022);
        assertEquals(Map.of("art_1", ProvisionChange.Kind.SAME, "art_2", ProvisionChange.Kind.CHANGED,
                "art_2a", ProvisionChange.Kind.ADDED, "art_3", ProvisionChange.Kind.REPEALED, "art_4", ProvisionChange.Kind.CHANGED,
                "art_5", ProvisionChange.Kind.CHANGED, "art_5a", ProvisionChange.Kind.SAME, "art_6", ProvisionChange.Kind.SAME), kinds(changes));
        assertEquals(List.of("art_1", "art_2", "art_2a", "art_3", "art_4", "art_5", "art_5a", "art_6"),
                changes.changes().stream().map(ProvisionChange::id).toList());
        assertEquals(List.of(new GazetteIssue(20, 2022)), changes.newIssues());
    }

    @Test
    void aChangedArticleCarriesItsWordDiff() {
        ProvisionChange closing = VersionChanges.of(Markets.V2020, Markets.V2022).changes().stream()
                .filter(c -> c.id().equals("art_5")).findFirst().orElseThrow();
        assertEquals(List.of(new WordDiff.Run(WordDiff.Kind.SAME, "Markets shall close at "), new WordDiff.Run(WordDiff.Kind.DELETED, "six"),
                new WordDiff.Run(WordDiff.Kind.INSERTED, "seven"), new WordDiff.Run(WordDiff.Kind.SAME, ".")), closing.diff());
    }

    /** Article 5 changed with no note; Article 5a's note names SG 20/2022 though its words did not change. */
    @Test
    void textAndNotesThatDisagreeAreFindings() {
        List<String> found = VersionChanges.of(Markets.V2020, Markets.V2022).mismatches().stream()
                .map(m -> m.change().id() + ": " + m.problem()).toList();
        assertEquals(List.of("art_5: its text changed, but no note names any of SG 20/2022",
                "art_5a: a note names SG 20/2022, but its text is the same as before"), found);
    }

    @Test
    void anArticleRenumberedByANoteIsFollowedToItsNewNumber() {
        VersionChanges changes = VersionChanges.of(Markets.V2022, Markets.V2024);
        ProvisionChange moved = changes.changes().stream().filter(c -> c.kind() == ProvisionChange.Kind.RENUMBERED).findFirst().orElseThrow();
        assertEquals("art_5a", moved.before().id());
        assertEquals("art_5b", moved.after().id());
        assertEquals(ProvisionChange.Kind.CHANGED, kinds(changes).get("art_6"));
        assertEquals(List.of(), changes.mismatches());
    }

    /** Without the note, words alone pair an article that lost its number with its new one; what is left is added or removed. */
    @Test
    void wordsPairAnArticleTheNotesDoNotFollow() {
        assertEquals(0.0, VersionAlignment.shared("", ""));
        double same = VersionAlignment.shared("Markets may open on Sundays.", "Markets may open on Sundays and holidays.");
        assertEquals(true, same >= VersionAlignment.SAME_ARTICLE, "shared: " + same);
        double other = VersionAlignment.shared("Markets may open on Sundays.", "A register of traders shall be kept by the town.");
        assertEquals(true, other < VersionAlignment.SAME_ARTICLE, "shared: " + other);
    }
}
