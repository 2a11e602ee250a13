package lexsite.cli;

import java.util.concurrent.Callable;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.check.Summary;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", description = "Reads content/ and reports every problem as file:line: severity: message.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(options.content(), options.project).run(diagnostics);
        DiagnosticsPrinter.print(diagnostics, System.out, true);
        if (content != null) {
            for (ActResolver.Result act : content.acts()) {
                System.out.println(Summary.of(act).render(act.act().manifest().id() + " (" + act.act().version().id() + ")"));
            }
        }
        return DiagnosticsPrinter.fails(diagnostics, options.strict) ? 1 : 0;
    }
}
