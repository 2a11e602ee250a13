package lexsite.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.importer.ActImport;
import lexsite.importer.ImportRequest;
import lexsite.model.GazetteIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Adds a new consolidated text of an act as a version, after a report of what it "
        + "changed; writes nothing with --dry-run or when the text has errors.",
        subcommands = ImportXliffCommand.class)
final class ImportCommand implements Callable<Integer> {

    private static final Pattern ISSUE = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{4})");

    @Mixin
    ProjectOptions options = new ProjectOptions();

    // checked in call(), not by picocli, so that `import xliff FILE` needs none of them
    @Parameters(index = "0", arity = "0..1", description = "The new consolidated text (UTF-8).")
    Path file;

    @Option(names = "--gazette", description = "The State Gazette issue it is consolidated to, e.g. 60/2026 (required).")
    String gazette;

    @Option(names = "--effective", description = "The date it takes effect, YYYY-MM-DD (required).")
    String effective;

    @Option(names = "--gazette-date", description = "The issue's date, YYYY-MM-DD (default: as the text's opening states it).")
    String gazetteDate;

    @Option(names = "--act", description = "The act it is a version of (default: the project's only act).")
    String act;

    @Option(names = "--language", defaultValue = "en", description = "Its language (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--dry-run", description = "Report what the text changed; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (file == null || gazette == null || effective == null) {
            return usage("give the new text, --gazette and --effective: lexsite import new.txt --gazette 60/2026 --effective 2026-07-01"
                    + " (or lexsite import xliff FILE for a translation)");
        }
        Matcher m = ISSUE.matcher(gazette.strip());
        if (!m.matches()) return usage("--gazette '" + gazette + "' is not an issue: write it as number/year, e.g. 60/2026");
        GazetteIssue issue;
        LocalDate from, published;
        try {
            issue = new GazetteIssue(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            from = LocalDate.parse(effective);
            published = gazetteDate == null ? null : LocalDate.parse(gazetteDate);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return usage("--gazette, --effective and --gazette-date take 60/2026 and 2026-07-01: " + e.getMessage());
        }
        return new ActImport(options.project, System.out, System.err)
                .run(new ImportRequest(file, issue, published, from, act, language, dryRun));
    }

    private static int usage(String message) {
        System.err.println("error: " + message);
        return 2;
    }
}
