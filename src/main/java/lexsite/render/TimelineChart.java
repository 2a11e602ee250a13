package lexsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexsite.model.GazetteIssue;
import lexsite.resolve.GazetteIndex;

/**
 * The act's amendments by year as SVG geometry, computed at build time: one column per year, stacked from one
 * segment per gazette issue, each segment as tall as the number of provisions the issue touched.
 */
public record TimelineChart(int width, int height, List<Bar> bars, List<Label> labels, int maxCount) {

    /** One gazette issue's segment. */
    public record Bar(int x, int y, int w, int h, GazetteIssue issue, int count, boolean alternate) {
        public String title() {
            return issue.label() + ": " + count + (count == 1 ? " provision" : " provisions");
        }
    }

    /** A year under its column, or a scale figure at the left. */
    public record Label(int x, int y, String text, String anchor) {
    }

    private static final int LEFT = 34;
    private static final int TOP = 10;
    private static final int PLOT_HEIGHT = 180;
    private static final int COLUMN = 22;
    private static final int BAR = 16;

    public static TimelineChart of(GazetteIndex index) {
        TreeMap<Integer, List<GazetteIssue>> byYear = new TreeMap<>();
        for (GazetteIssue issue : index.issues()) byYear.computeIfAbsent(issue.year(), y -> new ArrayList<>()).add(issue);
        if (byYear.isEmpty()) return new TimelineChart(0, 0, List.of(), List.of(), 0);
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        int max = 1;
        for (List<GazetteIssue> issues : byYear.values()) {
            max = Math.max(max, issues.stream().mapToInt(i -> touched(index, i)).sum());
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int baseline = TOP + PLOT_HEIGHT;
        for (int year = first; year <= last; year++) {
            int x = LEFT + (year - first) * COLUMN + (COLUMN - BAR) / 2;
            int y = baseline;
            boolean alternate = false;
            for (GazetteIssue issue : byYear.getOrDefault(year, List.of())) {
                int count = touched(index, issue);
                int h = Math.max(2, Math.round((float) count * PLOT_HEIGHT / max));
                y -= h;
                bars.add(new Bar(x, y, BAR, h, issue, count, alternate));
                alternate = !alternate;
            }
            if ((year - first) % 2 == 0 || year == last) {
                labels.add(new Label(x + BAR / 2, baseline + 14, Integer.toString(year), "middle"));
            }
        }
        labels.add(new Label(LEFT - 6, TOP + 4, Integer.toString(max), "end"));
        labels.add(new Label(LEFT - 6, baseline, "0", "end"));
        return new TimelineChart(LEFT + (last - first + 1) * COLUMN + 6, baseline + 22, bars, labels, max);
    }

    /** The number of distinct provisions (and headings) an issue touched. */
    static int touched(GazetteIndex index, GazetteIssue issue) {
        return (int) index.changes(issue).stream()
                .map(c -> c.node() != null ? c.node().id() : c.division().id()).distinct().count();
    }

    public int baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int left() {
        return LEFT;
    }
}
