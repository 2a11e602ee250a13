package lexsite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lexsite.importer.XliffImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "xliff", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class, description = "Adds a translated XLIFF 2.0 file as a language version of the text it was exported from; "
        + "reports untranslated, changed-source and extra units at file:line and writes nothing when the file does not fit.")
final class ImportXliffCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Parameters(index = "0", description = "The translated XLIFF 2.0 file.")
    Path file;

    @Option(names = "--source", description = "Who made the translation (default: says it was imported from XLIFF).")
    String source;

    @Option(names = "--disclaimer", description = "What readers must be told about its status.")
    String disclaimer;

    @Option(names = "--dry-run", description = "Report; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        return new XliffImport(options.project, System.out, System.err)
                .run(new XliffImport.Request(file, source, disclaimer, dryRun, options.strict));
    }
}
