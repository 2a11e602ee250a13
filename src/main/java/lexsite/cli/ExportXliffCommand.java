package lexsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.xliff.XliffExport;
import lexsite.xliff.XliffSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "xliff", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class, description = "Writes an act version as XLIFF 2.0 for CAT tools: one unit per provision keyed by its id, "
        + "amendment notes protected; targets filled from an existing translation into that language, else empty.")
final class ExportXliffCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--act", description = "The act (default: the project's only act).")
    String act;

    @Option(names = "--target", required = true, description = "The language to translate into, e.g. bg.")
    String target;

    @Option(names = "--source-language", description = "The language to translate from (default: the site's).")
    String sourceLanguage;

    @Option(names = "--output", description = "Where to write it (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(options.content(), options.project).run(diagnostics);
        if (content == null) {
            DiagnosticsPrinter.print(diagnostics, System.err, false);
            return 1;
        }
        String from = sourceLanguage != null ? sourceLanguage : content.site().language();
        XliffSource.Choice choice;
        try {
            choice = XliffSource.choose(content.acts(), act, from, target);
        } catch (IllegalArgumentException e) {
            System.err.println("lexsite export xliff: " + e.getMessage());
            return 2;
        }
        String xliff = XliffExport.of(choice.source().act(), target, choice.existing());
        if (output == null) {
            System.out.print(xliff);
        } else {
            Files.writeString(output, xliff, StandardCharsets.UTF_8);
            System.err.printf("%s: %d units, %d filled from the %s translation%n", output, choice.units(), choice.existing().size(), target);
        }
        return 0;
    }
}
