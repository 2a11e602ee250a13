package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows as a reader sees them, and the answer first. */
class ResultRowsTest {

    private static final List<String> IDS = List.of("glossary:special-centre", "art_44", "art_44__para_8", "art_44__para_9",
            "topic:return", "programme:iom-bg-voluntary-return#services");

    private static List<String> rows(List<Integer> ranked, int pinned, boolean answerFirst, int limit) {
        return ResultRows.rows(ranked, pinned, IDS::get,
                        doc -> !answerFirst || ResultRows.answers(IDS.get(doc).startsWith("art_") ? "law" : IDS.get(doc).startsWith("programme:") ? "programme" : "glossary"),
                        doc -> new BitSet(), limit)
                .stream().map(IDS::get).toList();
    }

    private static BitSet words(int... places) {
        BitSet out = new BitSet();
        for (int p : places) out.set(p);
        return out;
    }

    @Test
    void aRowShowsTheParagraphWithTheWordsItsSiblingsLack() {
        // "special centre six months" (words 0, 1, 2): both paragraphs have "special centre"; only 44(9) has "months"
        List<BitSet> has = List.of(words(), words(0, 1), words(0, 1), words(0, 1, 2), words(), words());
        List<Integer> shown = ResultRows.rows(List.of(1, 2, 3), -1, IDS::get, doc -> true, has::get, 10);
        assertEquals(List.of("art_44__para_9"), shown.stream().map(IDS::get).toList());
        // on a tie, the better ranked
        has = List.of(words(), words(), words(0), words(1), words(), words());
        assertEquals(List.of("art_44__para_8"), ResultRows.rows(List.of(2, 3), -1, IDS::get, doc -> true, has::get, 10).stream().map(IDS::get).toList());
    }

    @Test
    void anArticleRowShowsItsBestRankedParagraph() {
        assertEquals(List.of("art_44__para_9", "topic:return"), rows(List.of(1, 3, 2, 4), -1, false, 10));
    }

    @Test
    void aQuestionsFirstRowIsAProvisionOrProgrammeWhereOneIsShown() {
        assertEquals(List.of("art_44__para_8", "glossary:special-centre", "topic:return"), rows(List.of(0, 2, 4), -1, true, 10));
        assertEquals(List.of("programme:iom-bg-voluntary-return#services", "topic:return"), rows(List.of(4, 5), -1, true, 10));
        // without answer first, or with nothing that answers among the rows shown, the ranking stands
        assertEquals(List.of("glossary:special-centre", "art_44__para_8"), rows(List.of(0, 2), -1, false, 10));
        assertEquals(List.of("glossary:special-centre", "topic:return"), rows(List.of(0, 4, 2), -1, true, 2));
    }

    @Test
    void aCitedProvisionStaysFirstAsItIs() {
        assertEquals(List.of("topic:return", "glossary:special-centre"), rows(List.of(0), 4, true, 10));
    }
}
