package lexsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The `lexsite` command line. */
@Command(name = "lexsite", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Builds an offline, searchable static site from consolidated legislation.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, ImportCommand.class,
                ExportCommand.class})
public final class Lexsite {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On a failure, also print the stack trace.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command as `lexsite ARGS` would, returning its exit code instead of exiting (tests call it too). */
    public static int run(String... args) {
        Failures failures = new Failures();
        try {
            return new CommandLine(new Lexsite()).setCaseInsensitiveEnumValuesAllowed(true) // --kind law
                    .setExecutionExceptionHandler(failures).setParameterExceptionHandler(failures).execute(args);
        } catch (OutOfMemoryError e) { // an Error, which picocli passes on; the staging folder is gone by now
            System.err.println("error: " + Failures.outOfMemory());
            return Failures.FAILED;
        }
    }
}
