package lexsite.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import lexsite.check.Summary;
import lexsite.check.site.LinkChecker;
import lexsite.check.site.SiteFiles;
import lexsite.diagnostics.Diagnostic;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.diagnostics.Severity;
import lexsite.load.ContentError;
import lexsite.model.SiteConfig;
import lexsite.parallel.Parallel;
import lexsite.pipeline.ActCache;
import lexsite.pipeline.ActCacheFolder;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.pipeline.StageTimes;
import lexsite.render.HelpIndex;
import lexsite.render.SiteContext;
import lexsite.render.SitePaths;
import lexsite.render.SiteRenderer;
import lexsite.render.Templates;
import lexsite.resolve.ActResolver;
import lexsite.search.StoredIndex;
import lexsite.search.export.SearchExport;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

/**
 * One whole build: load → parse → resolve → render, into a staging folder swapped in only on success.
 * Shared by {@code lexsite build} and {@code lexsite serve}. Parsed and resolved acts are kept under
 * {@code .lexsite/acts/} ({@link ActCacheFolder}), so a build whose act texts did not change does not parse them again.
 */
public final class SiteBuild {

    /** Beyond this many act versions the closing screen gives totals, not each act's figures. */
    private static final int ACTS_LISTED = 3;

    private final Path project;
    private final Path out;
    private final boolean strict;
    private final ActCacheFolder cache;
    private final boolean quiet;

    /**
     * @param project the project folder holding content/ and templates/
     * @param out     where the site goes
     * @param strict  whether warnings stop the build
     */
    public SiteBuild(Path project, Path out, boolean strict) {
        this(project, out, strict, false, ActCacheFolder.of(project, false));
    }

    /**
     * @param quiet whether the build prints its errors and nothing else
     * @param cache where parsed and resolved acts are kept between builds
     */
    public SiteBuild(Path project, Path out, boolean strict, boolean quiet, ActCacheFolder cache) {
        this.project = project;
        this.out = out;
        this.strict = strict;
        this.quiet = quiet;
        this.cache = cache;
    }

    public Path out() {
        return out;
    }

    /** Builds the site; returns the exit code (0 when the new site is in place). */
    public int run(PrintStream stdout, PrintStream stderr) {
        return runFor(stdout, stderr).exit();
    }

    /**
     * What a build left: its exit code and, when it failed, its findings as printed; when it succeeded, the content the
     * site was made of (null otherwise).
     */
    public record Outcome(int exit, List<Diagnostic> errors, ResolvedContent content) {
    }

    /** Builds the site; the outcome says whether the new site is in place and, if not, why. */
    public Outcome runFor(PrintStream stdout, PrintStream stderr) {
        long started = System.nanoTime();
        String unusable = OutputFolder.problem(out);
        if (unusable != null) {
            stderr.println("error: " + unusable);
            stderr.println("build stopped: nothing was written");
            return new Outcome(1, List.of(), null);
        }
        try {
            new StaleFolders(out.toAbsolutePath().normalize()).recover(); // even a build that fails puts back a site a killed swap set aside
        } catch (java.io.IOException e) {
            stderr.println("cannot clean up beside " + out + ": " + e.getMessage());
        }
        Diagnostics diagnostics = new Diagnostics();
        List<String> written = null;
        String writeFailure = null;
        ResolvedContent content;
        StageTimes times;
        try (BuildProgress progress = BuildProgress.forOutput(stdout, quiet)) {
            times = new StageTimes(progress::stage);
            content = new Pipeline(project.resolve("content"), project).run(diagnostics, times, cache);
            cache.prune();
            if (content != null && !DiagnosticsPrinter.fails(diagnostics, strict)) written = write(content, diagnostics, times);
        } catch (UncheckedIOException e) {
            String step = e.getMessage() != null && e.getMessage().startsWith("cannot ") ? e.getMessage() + ": " : "";
            writeFailure = "cannot write the site into '" + out + "': " + step + OutputFolder.reason(e.getCause());
            content = null;
            times = null;
        }
        printFindings(diagnostics, stderr);
        if (writeFailure != null) stderr.println("error: " + writeFailure);
        if (written == null) {
            stderr.println("build stopped: the previous site is left as it was");
            return new Outcome(1, diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR
                    || (strict && d.severity() == Severity.WARNING)).toList(), null);
        }
        if (!quiet) printSummary(content, written, diagnostics, times, started, stdout);
        return new Outcome(0, List.of(), content);
    }

    private void printFindings(Diagnostics diagnostics, PrintStream stderr) {
        if (!quiet) {
            DiagnosticsPrinter.print(diagnostics, stderr, false);
            return;
        }
        for (Diagnostic d : diagnostics.sorted()) if (d.severity() == Severity.ERROR) stderr.println(d);
    }

    /** The closing screen: each act's figures (or their totals), pages written, findings by kind, time per stage. */
    private void printSummary(ResolvedContent content, List<String> written, Diagnostics diagnostics, StageTimes times,
                              long started, PrintStream stdout) {
        List<ActResolver.Result> current = content.current();
        if (current.size() <= ACTS_LISTED) {
            for (ActResolver.Result act : current) {
                stdout.println(Summary.of(act).render(act.act().manifest().id() + " (" + act.act().version().id() + ")"));
            }
        } else {
            stdout.printf("acts: %d, in %d versions (`lexsite check` gives each act's figures)%n", current.size(), content.acts().size());
        }
        long pages = written.stream().filter(p -> p.endsWith(".html")).count();
        stdout.printf("site: %d pages, %d files in all, written to %s in %d ms%n", pages, written.size(), out,
                (System.nanoTime() - started) / 1_000_000);
        stdout.println("findings: " + byKind(diagnostics));
        stdout.println("stages: " + times.render());
    }

    /** "2 warnings (number-weak 1, list-missing 1), 3 notes (article-missing 3)", or "none". */
    static String byKind(Diagnostics diagnostics) {
        StringBuilder line = new StringBuilder();
        for (Severity severity : Severity.values()) {
            Map<String, Integer> kinds = new TreeMap<>();
            for (Diagnostic d : diagnostics.all()) if (d.severity() == severity) kinds.merge(d.code(), 1, Integer::sum);
            if (kinds.isEmpty()) continue;
            int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
            if (line.length() > 0) line.append(", ");
            String name = severity == Severity.INFO ? "note" : severity.label(); // as DiagnosticsPrinter counts them
            line.append(total).append(' ').append(name).append(total == 1 ? "" : "s").append(" (");
            line.append(String.join(", ", kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append(')');
        }
        return line.length() == 0 ? "none" : line.toString();
    }

    /** Every link and anchor of the new site must lead somewhere before it replaces the old one. */
    private static boolean linksHold(SiteWriter site, Diagnostics diagnostics) {
        List<LinkChecker.BrokenLink> broken = new LinkChecker(site.folder()).check(SiteFiles.pages(site.folder()));
        for (LinkChecker.BrokenLink b : broken) {
            diagnostics.error("site/" + b.page(), 0, "broken-link", "'" + b.href() + "': " + b.why());
        }
        return broken.isEmpty();
    }

    /** The browser's search files (search/…), read out of the index, into the new site. */
    private static void exportSearch(Directory index, BiConsumer<String, String> site) {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            SearchExport.write(reader, site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the index beside a failed render to end, and lets it go whatever became of it. */
    private static void closeQuietly(Parallel.Beside<FreshSearch> indexed) {
        try {
            FreshSearch fresh = indexed.join();
            if (fresh != null) fresh.index().close();
        } catch (RuntimeException | IOException e) {
            // the render's failure is the one to report
        }
    }

    /** The index a build made and its export's record, to keep once the site holding them is in place. */
    private record FreshSearch(Directory index, KeptSearch.Recorder exported) {
    }

    /**
     * The site's search files: the last build's, kept, when content/ and the code are as they were (null then);
     * otherwise a new index and its export.
     */
    private FreshSearch search(ResolvedContent content, String language, StoredIndex stored, SiteWriter site, StageTimes times) {
        String contentHash = stored.contentHash();
        String key = KeptSearch.key(contentHash, language);
        Optional<KeptSearch> kept = KeptSearch.find(project, out, contentHash, key);
        if (kept.isPresent()) {
            times.time("search kept", () -> kept.get().keepIn(site));
            return null;
        }
        Directory index = times.time("index", () -> stored.build(content, language, contentHash));
        KeptSearch.Recorder exported = new KeptSearch.Recorder(key, site::write);
        times.time("search export", () -> exportSearch(index, exported));
        return new FreshSearch(index, exported);
    }

    /** Renders into a staging folder and swaps it in; null when an error stopped it (the diagnostics say which). */
    private List<String> write(ResolvedContent content, Diagnostics diagnostics, StageTimes times) {
        try (SiteWriter site = new SiteWriter(out)) {
            SiteConfig config = content.site();
            Path templatesFolder = project.resolve("templates");
            Templates templates = new Templates(templatesFolder, "templates");
            HelpIndex help = new HelpIndex(content.library(), content.current().get(0).act());
            // The index and the browser's search files need the content, not the pages: they are made on a thread of
            // their own (Lucene's writer is one) while the pages render on every core.
            StoredIndex stored = new StoredIndex(project);
            times.place("render");
            Parallel.Beside<FreshSearch> indexed = Parallel.beside("index", () -> search(content, config.language(), stored, site, times));
            try {
                times.time("render", () -> new SiteRenderer(new SiteContext(config, templates, new SitePaths(), help), templatesFolder)
                        .render(content, site));
            } catch (RuntimeException e) {
                closeQuietly(indexed); // nothing may still write into the staging folder that closing throws away
                throw e;
            }
            FreshSearch fresh = indexed.join();
            try (Directory index = fresh == null ? null : fresh.index()) {
                if (!times.time("link check", () -> linksHold(site, diagnostics))) return null;
                times.time("swap", site::commit);
                if (fresh != null) times.time("save index", () -> {
                    stored.save(index); // for `lexsite search`, outside the site
                    fresh.exported().save(project);
                });
            }
            return site.written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ContentError e) {
            diagnostics.error(e.file(), e.line(), "content", e.getMessage());
            return null;
        }
    }
}
