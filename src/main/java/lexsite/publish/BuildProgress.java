package lexsite.publish;

import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * What a build shows while it runs: a progress bar over its stages on a terminal (me.tongfei:progressbar, which
 * redraws one line and knows the terminal's width), one plain line per stage when the output is a file or a pipe,
 * nothing with {@code --quiet}.
 */
public interface BuildProgress extends AutoCloseable {

    /** The stages of a whole build, in order, as {@link SiteBuild} names them. */
    List<String> STAGES = List.of("load", "parse+resolve", "check library", "render", "index", "search export", "link check",
            "swap", "save index");

    /** A stage starts. */
    void stage(String name);

    @Override
    void close();

    static BuildProgress none() {
        return new BuildProgress() {
            @Override
            public void stage(String name) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** "build: render" lines, each stage once. */
    static BuildProgress lines(PrintStream out) {
        return new BuildProgress() {
            private final java.util.Set<String> seen = new java.util.HashSet<>();

            @Override
            public synchronized void stage(String name) { // the index runs beside the render
                if (seen.add(name)) out.println("build: " + name);
            }

            @Override
            public void close() {
            }
        };
    }

    /** A bar on the terminal, stepping once per stage, naming the stage it is in. */
    static BuildProgress bar(PrintStream terminal) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(STAGES.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUpdateIntervalMillis(100).continuousUpdate().hideEta().build();
        return new BuildProgress() {
            @Override
            public synchronized void stage(String name) { // the index runs beside the render
                int at = STAGES.indexOf(name);
                if (at > bar.getCurrent()) bar.stepTo(at); // forward only: the library loads after the acts
                bar.setExtraMessage(name);
            }

            @Override
            public void close() {
                bar.stepTo(STAGES.size());
                bar.setExtraMessage("done");
                bar.close();
            }
        };
    }

    /** The bar on a terminal, lines otherwise, nothing when quiet. */
    static BuildProgress forOutput(PrintStream out, boolean quiet) {
        if (quiet) return none();
        return out == System.out && System.console() != null ? bar(out) : lines(out);
    }
}
