package lexsite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import org.apache.commons.io.FileUtils;

/**
 * The build benchmark (issue 14): whole-process builds of the real content and of projects with 10 and 100 times the
 * acts ({@link ScaledProject}), each beside Hugo building the same text as Markdown pages in the same run
 * ({@link HugoProject}); then the edit loop under {@code serve} ({@link EditLoop}). A harness run by hand, not a test:
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath lexsite.bench.BuildBenchmark"
 * </pre>
 * Options after the class name: {@code --scales 1,10,100}, {@code --runs N} (builds per scale and engine, the median
 * is kept; 3), {@code --edits N} (10), {@code --jar PATH} (target/lexsite.jar), {@code --java-opt OPT} (repeatable, e.g.
 * {@code -XX:SharedArchiveFile=…}), {@code --out DIR} (target/bench-build), {@code --no-hugo}, {@code --no-edits},
 * {@code --plain} (run {@code java -jar} throughout; by default builds run through {@code bin/lexsite}, the jar with
 * the JVM settings for a short build, and the 1× build is also measured as plain {@code java -jar}).
 * Each figure carries the machine's load average when it was taken. The table goes to stdout and
 * {@code <out>/results.md}.
 */
public final class BuildBenchmark {

    private static final Pattern PAGES = Pattern.compile("site: (\\d+) pages, (\\d+) files");

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> scales = List.of(1, 10, 100);
        int runs = 3, edits = 10;
        Path jar = Path.of("target/lexsite.jar"), out = Path.of("target/bench-build");
        List<String> javaOpts = new ArrayList<>();
        boolean hugo = true, editLoop = true, launcher = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scales" -> scales = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--java-opt" -> javaOpts.add(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-hugo" -> hugo = false;
                case "--no-edits" -> editLoop = false;
                case "--plain" -> launcher = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar + " is missing: run mvn -q package -DskipTests first");
        if (hugo && !onPath("hugo")) throw new IllegalStateException("hugo is not installed: apt-get install hugo, or --no-hugo");
        Path project = Path.of("").toAbsolutePath();
        out = out.toAbsolutePath();
        List<String> plain = new ArrayList<>(List.of("java"));
        plain.addAll(javaOpts);
        plain.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        // bin/lexsite: the same jar with the JVM settings a short build wants (C1 only, parallel GC, AppCDS)
        List<String> lexsite = launcher ? List.of(project.resolve("bin/lexsite").toString()) : plain;
        if (launcher) { // the first build after a package writes the AppCDS archive; not one to time
            Measured.run(project, concat(lexsite, "build", "--out", out.resolve("warm-up").toString()));
        }

        ResolvedContent real = new Pipeline(project.resolve("content"), project).run(new Diagnostics());
        if (real == null) throw new IllegalStateException("the real content does not resolve");
        ActResolver.Result act = real.current().get(0);
        List<Article> articles = act.act().articles();

        StringBuilder md = new StringBuilder();
        md.append("| corpus | Lexsite: pages, wall (median of ").append(runs).append("; one run at 100×), peak RSS | Lexsite stages (that run) | Hugo: pages, wall, peak RSS | Lexsite / Hugo | load |\n");
        md.append("|---|---|---|---|---|---|\n");
        Measured startup = Measured.run(project, concat(lexsite, "--help"));
        Measured startupPlain = Measured.run(project, concat(plain, "--help"));
        for (int scale : scales) {
            say("generating " + scale + "x");
            Path scaled = ScaledProject.generate(project, out.resolve("x" + scale), scale);
            Path hugoDir = out.resolve("hugo-x" + scale);
            int hugoPages = hugo ? HugoProject.write(scaled, articles, hugoDir) : 0;
            List<Measured> ours = new ArrayList<>(), theirs = new ArrayList<>(), plainRuns = new ArrayList<>();
            int times = scale >= 100 ? 1 : runs; // a 100x build takes minutes: one run, said in the table
            for (int r = 0; r < times; r++) {
                if (launcher && scale == 1) {
                    say(scale + "x run " + (r + 1) + ": java -jar lexsite.jar build");
                    plainRuns.add(Measured.run(scaled, concat(plain, "build", "--project", scaled.toString())));
                }
                say(scale + "x run " + (r + 1) + ": lexsite build");
                FileUtils.deleteDirectory(scaled.resolve(".lexsite").toFile()); // a cold build: no act kept from before
                Measured m = Measured.run(scaled, concat(lexsite, "build", "--project", scaled.toString()));
                if (m.exit() != 0) throw new IllegalStateException("the " + scale + "x build failed:\n" + m.output());
                ours.add(m);
                if (hugo) {
                    say(scale + "x run " + (r + 1) + ": hugo");
                    Measured h = Measured.run(hugoDir, List.of("hugo", "--quiet", "-s", hugoDir.toString(), "-d", hugoDir.resolve("public").toString()));
                    if (h.exit() != 0) throw new IllegalStateException("hugo failed:\n" + h.output());
                    theirs.add(h);
                }
            }
            Measured med = median(ours);
            Matcher pages = PAGES.matcher(med.output());
            String pagesFiles = pages.find() ? pages.group(1) + " pages (" + pages.group(2) + " files)" : "?";
            String hugoCell = "–", ratio = "–";
            if (hugo) {
                Measured h = median(theirs);
                hugoCell = hugoPages + " Markdown pages, " + seconds(h.wallMs()) + " (CPU " + seconds(h.cpuMs()) + "), " + mb(h.peakRssKb());
                ratio = String.format(Locale.ROOT, "%.1f×", med.wallMs() / (double) h.wallMs());
            }
            md.append("| ").append(scale).append("× (").append(scale).append(scale == 1 ? " act" : " acts").append(") | ")
                    .append(pagesFiles).append(", **").append(seconds(med.wallMs())).append("** (CPU ").append(seconds(med.cpuMs()))
                    .append("), ").append(mb(med.peakRssKb()))
                    .append(" | ").append(med.stages()).append(" | ").append(hugoCell).append(" | ").append(ratio)
                    .append(" | ").append(load()).append(" |\n");
            { // the maintainer's rebuild after a template change: every act and the search files kept from the run before
                say(scale + "x: lexsite build, acts and search kept");
                Measured warm = Measured.run(scaled, concat(lexsite, "build", "--project", scaled.toString()));
                md.append("| ").append(scale).append("×, acts and search kept from the last build | ").append(seconds(warm.wallMs())).append(" (CPU ")
                        .append(seconds(warm.cpuMs())).append("), ").append(mb(warm.peakRssKb())).append(" | ")
                        .append(warm.stages()).append(" | | ");
                if (hugo) md.append(String.format(Locale.ROOT, "%.1f×", warm.wallMs() / (double) median(theirs).wallMs()));
                md.append(" | ").append(load()).append(" |\n");
            }
            if (!plainRuns.isEmpty()) {
                Measured p = median(plainRuns);
                md.append("| ").append(scale).append("×, plain `java -jar` | ").append(seconds(p.wallMs())).append(" (CPU ")
                        .append(seconds(p.cpuMs())).append("), ")
                        .append(mb(p.peakRssKb())).append(" | ").append(p.stages()).append(" | | ");
                if (hugo) md.append(String.format(Locale.ROOT, "%.1f×", p.wallMs() / (double) median(theirs).wallMs()));
                md.append(" | ").append(load()).append(" |\n");
            }
            say(md.toString());
        }
        md.append("\nJVM start-up (`lexsite --help`, whole process): ").append(startup.wallMs()).append(" ms with ")
                .append(launcher ? "bin/lexsite" : "java -jar").append(", ").append(startupPlain.wallMs()).append(" ms plain `java -jar`.\n");
        if (editLoop) {
            Path one = out.resolve("x1");
            if (!Files.isDirectory(one)) ScaledProject.generate(project, one, 1);
            Article edited = ArticleNumber.parse("24").flatMap(n -> act.act().article(n))
                    .orElse(articles.get(articles.size() / 2));
            Path text = one.resolve("content/acts/" + act.act().manifest().id() + "/" + act.act().version().file());
            int line = editableLine(Files.readAllLines(text), edited, articles);
            String page = "acts/" + act.act().manifest().id() + "/" + edited.id() + ".html";
            say("edit loop: " + edits + " edits of " + text + ":" + line + ", watching " + page);
            EditLoop.Result r = EditLoop.run(lexsite, one, text, line, page, edits);
            md.append("\nEdit loop under `serve` (real content, ").append(edits).append(" edits of one line of Article ")
                    .append(edited.label()).append(", save → served page shows it): median **").append(Stats.median(r.editMs()))
                    .append(" ms**, all ").append(r.editMs()).append(" ms; `serve` start → first page ").append(r.startToFirstPageMs())
                    .append(" ms (a site from the last build in place); load ").append(load()).append(".\n");
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), md.toString());
        System.out.println(md);
    }

    /** A line of the article's own text (no note, no gazette issue) that a maintainer might reword. */
    static int editableLine(List<String> lines, Article article, List<Article> articles) {
        int next = articles.indexOf(article) + 1;
        int end = next < articles.size() ? articles.get(next).line() : lines.size() + 1;
        for (int n = article.line(); n < end; n++) {
            String l = lines.get(n - 1);
            if (l.length() > 40 && !l.contains("Gazette")) return n;
        }
        throw new IllegalStateException("Article " + article.label() + " has no line of plain text");
    }

    private static Measured median(List<Measured> runs) {
        List<Measured> sorted = runs.stream().sorted(java.util.Comparator.comparingLong(Measured::wallMs)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    private static String mb(long kb) {
        return kb < 0 ? "RSS ?" : String.format(Locale.ROOT, "%d MB", Math.round(kb / 1024.0));
    }

    /** The 1-minute load average now (2 cores: above 2 means the benchmark shared them). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    private static void say(String what) {
        System.err.println("[bench] " + what);
    }
}
