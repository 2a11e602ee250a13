package lexsite.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The wall time of each stage of one run, in the order the stages first ran (or were {@linkplain #place placed}), for the build's closing summary and the
 * benchmark harness. A stage timed twice adds up.
 */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Consumer<String> onStart;

    public StageTimes() {
        this(stage -> { });
    }

    /** @param onStart told the name of each stage as it starts, for a progress display */
    public StageTimes(Consumer<String> onStart) {
        this.onStart = onStart;
    }

    /**
     * Gives {@code stage} its place in the order now, before it starts: stages that run side by side are then listed
     * in the same order in every run.
     */
    public synchronized void place(String stage) {
        nanos.putIfAbsent(stage, 0L);
    }

    public <T> T time(String stage, Supplier<T> work) {
        place(stage);
        onStart.accept(stage);
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - started);
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    private synchronized void add(String stage, long elapsed) {
        nanos.merge(stage, elapsed, Long::sum);
    }

    /** Milliseconds per stage, in the order the stages ran. */
    public synchronized Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> out.put(stage, n / 1_000_000));
        return Collections.unmodifiableMap(out);
    }

    /** One line, e.g. {@code load 40 ms · parse+resolve 900 ms · render 1200 ms}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        millis().forEach((stage, ms) -> out.append(out.length() == 0 ? "" : " · ").append(stage).append(' ').append(ms).append(" ms"));
        return out.toString();
    }
}
