package lexsite.cli;

import java.util.concurrent.Callable;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.check.NumberListing;
import lexsite.check.PinFreeRun;
import lexsite.check.Summary;
import lexsite.load.LoadedAct;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Reads content/ and reports every problem as file:line: severity: message.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--numbers", description = "Also list every article: its number, how sure it is, and the evidence.")
    boolean numbers;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(options.content(), options.project).run(diagnostics);
        DiagnosticsPrinter.print(diagnostics, System.out, true);
        if (content != null) {
            for (ActResolver.Result act : content.acts()) {
                if (numbers) NumberListing.of(act.act()).forEach(System.out::println);
                System.out.println(Summary.of(act).render(act.act().manifest().id() + " (" + act.act().version().id() + ")"));
                LoadedAct loaded = content.loaded().stream().filter(l -> l.manifest().id().equals(act.act().manifest().id()))
                        .findFirst().orElseThrow();
                if (!loaded.pins().articles().isEmpty()) PinFreeRun.of(loaded, act).render().forEach(System.out::println);
            }
        }
        return DiagnosticsPrinter.fails(diagnostics, options.strict) ? 1 : 0;
    }
}
