package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.resolve.GazetteIndex;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    private final GazetteIndex index = GazetteIndex.of(TestActs.resolve("citing-act.txt").act());

    @Test
    void theIndexNamesEveryIssueOfTheNotesWithWhatItDid() {
        assertEquals(List.of("SG 9/2011", "SG 97/2016", "SG 52/2025"), index.issues().stream().map(i -> i.label()).toList());
        GazetteIndex.Change change = index.changes(index.issues().get(2)).get(0);
        assertEquals("Article 2(2)", change.node().label());
        assertEquals("amended", change.amendment().kind().label());
    }

    @Test
    void oneSegmentPerIssueStandsInItsYearsColumnScaledToTheTallestYear() {
        TimelineChart chart = TimelineChart.of(index);
        assertEquals(3, chart.bars().size());
        TimelineChart.Bar first = chart.bars().get(0);
        TimelineChart.Bar last = chart.bars().get(2);
        assertEquals(14 * 22, last.x() - first.x(), "2011 to 2025 is 14 columns apart");
        assertEquals(chart.baseline(), first.y() + first.h(), "each bar stands on the baseline");
        assertEquals(1, chart.maxCount());
        assertTrue(chart.bars().stream().allMatch(b -> b.h() == 180), "every year touched one provision: all full height");
        assertEquals("SG 52/2025: 1 provision", last.title());
    }
}
