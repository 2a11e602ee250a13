package lexsite.resolve.numbering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import lexsite.load.LoadedAct;
import lexsite.load.SourceText;
import lexsite.model.Act;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.publish.SiteBuild;

/**
 * The numbering's figures (issue 11), run by hand, not a test:
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath lexsite.resolve.numbering.NumberingBenchmark"
 * </pre>
 * It scores the real act against the reference table with and without number pins and with 5% of the notes lost
 * ({@code --seeds N}, 10), says how often a number the site marks weak or strong is wrong, and measures the share of a
 * whole site build's CPU samples spent in the numbering (Java Flight Recorder, in this JVM, before anything else ran
 * in it, as in a `lexsite build` process; the recording is left in target/numbering-bench/build.jfr).
 */
public final class NumberingBenchmark {

    public static void main(String[] args) throws IOException {
        int seeds = args.length > 1 && args[0].equals("--seeds") ? Integer.parseInt(args[1]) : 10;
        buildShare(); // first, while this JVM is as cold as a `lexsite build` process
        LoadedAct act = ReferenceNumbersTest.foreignersAct();
        System.out.println("reference table: " + ReferenceTable.ROWS.size() + " articles, "
                + ReferenceTable.ROWS.stream().filter(r -> r.confidence().equals("direct")).count() + " stated directly by their source");
        System.out.println("with pins:            " + ReferenceTable.score(ReferenceNumbersTest.numbered(act)));
        System.out.println("with no number pins:  " + ReferenceTable.score(ReferenceNumbersTest.numbered(act.withoutNumberPins())));

        int[][] calibration = new int[2][2]; // [wrong][weak]
        int sum = 0, worst = Integer.MAX_VALUE;
        StringBuilder each = new StringBuilder();
        for (long seed = 1; seed <= seeds; seed++) {
            Act damaged = ReferenceNumbersTest.numbered(withNotesLost(act.withoutNumberPins(), seed));
            int right = ReferenceTable.score(damaged).right();
            sum += right;
            worst = Math.min(worst, right);
            each.append(right).append(' ');
            calibrate(damaged, calibration);
        }
        System.out.printf("5%% of notes lost, no pins, %d seeds: mean %.1f%%, worst %d of %d (%s)%n", seeds,
                100.0 * sum / seeds / ReferenceTable.ROWS.size(), worst, ReferenceTable.ROWS.size(), each.toString().trim());
        System.out.printf("in those copies: %d of %d wrong numbers were marked weak; %d of %d numbers not marked weak were wrong%n",
                calibration[1][1], calibration[1][0] + calibration[1][1], calibration[1][0], calibration[0][0] + calibration[1][0]);

    }

    /** One whole site build under Java Flight Recorder: the share of its CPU samples spent in the numbering. */
    private static void buildShare() throws IOException {
        Path out = Files.createDirectories(Path.of("target/numbering-bench"));
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream sink = new PrintStream(log, true, StandardCharsets.UTF_8);
            long started = System.nanoTime();
            int exit = new SiteBuild(Path.of("."), out.resolve("site"), false).run(sink, sink);
            long millis = (System.nanoTime() - started) / 1_000_000;
            recording.stop();
            Path jfr = out.resolve("build.jfr");
            recording.dump(jfr);
            int all = 0, numbering = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
                if (e.getStackTrace() == null) continue;
                all++;
                for (RecordedFrame f : e.getStackTrace().getFrames()) {
                    String type = f.getMethod().getType().getName();
                    if (type.startsWith("lexsite.resolve.numbering.") && !type.equals(NumberingBenchmark.class.getName())) {
                        numbering++;
                        break;
                    }
                }
            }
            System.out.printf("site build (exit %d) in %d ms: %d CPU samples, %d in the numbering (%.1f%%)%n", exit, millis, all,
                    numbering, 100.0 * numbering / Math.max(1, all));
        }
    }

    static LoadedAct withNotesLost(LoadedAct act, long seed) {
        Map<ActVersion, SourceText> damaged = new LinkedHashMap<>();
        act.texts().forEach((v, t) -> damaged.put(v, NoteDeletion.delete(t, 0.05, seed)));
        return new LoadedAct(act.manifest(), act.manifestFile(), act.pins(), act.pinsFile(), damaged);
    }

    private static void calibrate(Act act, int[][] table) {
        TreeMap<Integer, Article> byLine = new TreeMap<>();
        for (Article a : act.articles()) byLine.put(a.line(), a);
        for (ReferenceTable.Row r : ReferenceTable.ROWS) {
            Map.Entry<Integer, Article> e = byLine.ceilingEntry(r.line());
            if (e == null || e.getKey() > r.line() + 2) continue;
            boolean wrong = !e.getValue().number().latin().equals(r.number());
            table[wrong ? 1 : 0][e.getValue().certainty().isWeak() ? 1 : 0]++;
        }
    }
}
