package lexsite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lexsite.build.SiteWriter;
import lexsite.check.Diagnostics;
import lexsite.check.Summary;
import lexsite.export.JsonExport;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", description = "Builds the site from content/ into site/, replacing it only on success.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--out", description = "Where the site goes (default: site/ in the project).")
    Path out;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(options.content(), options.project).run(diagnostics);
        DiagnosticsPrinter.print(diagnostics, System.err, false);
        if (content == null || DiagnosticsPrinter.fails(diagnostics, options.strict)) {
            System.err.println("build stopped: the previous site is left as it was");
            return 1;
        }
        Path target = out != null ? out : options.project.resolve("site");
        try (SiteWriter site = new SiteWriter(target)) {
            for (ActResolver.Result act : content.acts()) {
                site.write("data/" + act.act().manifest().id() + "/" + act.act().version().id() + ".json", JsonExport.act(act));
            }
            site.commit();
        }
        for (ActResolver.Result act : content.acts()) {
            System.out.println(Summary.of(act).render(act.act().manifest().id() + " (" + act.act().version().id() + ")"));
        }
        System.out.printf("site written to %s in %d ms%n", target, (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
