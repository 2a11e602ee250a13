package lexsite.build;

import java.io.PrintStream;
import java.nio.file.Path;
import lexsite.check.Diagnostics;
import lexsite.check.DiagnosticsPrinter;
import lexsite.check.Summary;
import lexsite.export.JsonExport;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;

/**
 * One whole build: load → parse → resolve → write, into a staging folder swapped in only on success.
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
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(project.resolve("content"), project).run(diagnostics);
        DiagnosticsPrinter.print(diagnostics, stderr, false);
        if (content == null || DiagnosticsPrinter.fails(diagnostics, strict)) {
            stderr.println("build stopped: the previous site is left as it was");
            return 1;
        }
        try (SiteWriter site = new SiteWriter(out)) {
            for (ActResolver.Result act : content.acts()) {
                site.write("data/" + act.act().manifest().id() + "/" + act.act().version().id() + ".json", JsonExport.act(act));
            }
            site.commit();
        }
        for (ActResolver.Result act : content.acts()) {
            stdout.println(Summary.of(act).render(act.act().manifest().id() + " (" + act.act().version().id() + ")"));
        }
        stdout.printf("site written to %s in %d ms%n", out, (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
