package lexsite.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.check.Summary;
import lexsite.check.site.LinkChecker;
import lexsite.check.site.SiteFiles;
import lexsite.load.ContentError;
import lexsite.model.SiteConfig;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
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
 * Shared by {@code lexsite build} and {@code lexsite serve}.
 *
 * @param project the project folder holding content/ and templates/
 * @param out     where the site goes
 * @param strict  whether warnings stop the build
 */
public record SiteBuild(Path project, Path out, boolean strict) {

    /** Builds the site; returns the exit code (0 when the new site is in place). */
    public int run(PrintStream stdout, PrintStream stderr) {
        long started = System.nanoTime();
        String unusable = OutputFolder.problem(out);
        if (unusable != null) {
            stderr.println("error: " + unusable);
            stderr.println("build stopped: nothing was written");
            return 1;
        }
        try {
            new StaleFolders(out.toAbsolutePath().normalize()).recover(); // even a build that fails puts back a site a killed swap set aside
        } catch (java.io.IOException e) {
            stderr.println("cannot clean up beside " + out + ": " + e.getMessage());
        }
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(project.resolve("content"), project).run(diagnostics);
        List<String> written = null;
        String writeFailure = null;
        try {
            if (content != null && !DiagnosticsPrinter.fails(diagnostics, strict)) written = write(content, diagnostics);
        } catch (UncheckedIOException e) {
            String step = e.getMessage() != null && e.getMessage().startsWith("cannot ") ? e.getMessage() + ": " : "";
            writeFailure = "cannot write the site into '" + out + "': " + step + OutputFolder.reason(e.getCause());
        }
        DiagnosticsPrinter.print(diagnostics, stderr, false);
        if (writeFailure != null) stderr.println("error: " + writeFailure);
        if (written == null) {
            stderr.println("build stopped: the previous site is left as it was");
            return 1;
        }
        for (ActResolver.Result act : content.current()) {
            stdout.println(Summary.of(act).render(act.act().manifest().id() + " (" + act.act().version().id() + ")"));
        }
        long pages = written.stream().filter(p -> p.endsWith(".html")).count();
        stdout.printf("site: %d pages, %d files in all, written to %s in %d ms%n", pages, written.size(), out,
                (System.nanoTime() - started) / 1_000_000);
        return 0;
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
    private static void exportSearch(Directory index, SiteWriter site) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            SearchExport.write(reader, site::write);
        }
    }

    /** Renders into a staging folder and swaps it in; null when an error stopped it (the diagnostics say which). */
    private List<String> write(ResolvedContent content, Diagnostics diagnostics) {
        try (SiteWriter site = new SiteWriter(out)) {
            SiteConfig config = content.site();
            Path templatesFolder = project.resolve("templates");
            Templates templates = new Templates(templatesFolder, "templates");
            HelpIndex help = new HelpIndex(content.library(), content.current().get(0).act());
            new SiteRenderer(new SiteContext(config, templates, new SitePaths(), help), templatesFolder).render(content, site);
            StoredIndex stored = new StoredIndex(project);
            try (Directory index = stored.build(content, config.language())) {
                exportSearch(index, site);
                if (!linksHold(site, diagnostics)) return null;
                site.commit();
                stored.save(index); // for `lexsite search`, outside the site
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
