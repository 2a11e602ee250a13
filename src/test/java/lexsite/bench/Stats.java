package lexsite.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Percentiles (nearest rank) and the number formats of the report. */
final class Stats {

    private Stats() {
    }

    static double percentile(List<? extends Number> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>();
        for (Number v : values) sorted.add(v.doubleValue());
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double max(List<? extends Number> values) {
        return percentile(values, 100);
    }

    static long median(List<Long> values) {
        return (long) percentile(values, 50);
    }

    /** Bytes as KiB with one decimal: "12.3 KB" (1 KB = 1024 bytes). */
    static String kb(double bytes) {
        if (Double.isNaN(bytes)) return "–";
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) return "–";
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }
}
