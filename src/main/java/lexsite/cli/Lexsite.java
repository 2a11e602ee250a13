package lexsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `lexsite` command line. */
@Command(name = "lexsite", mixinStandardHelpOptions = true, version = "lexsite 0.1",
        description = "Builds an offline, searchable static site from consolidated legislation.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, ImportCommand.class,
                ExportCommand.class})
public final class Lexsite {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command as `lexsite ARGS` would, returning its exit code instead of exiting (tests call it too). */
    public static int run(String... args) {
        return new CommandLine(new Lexsite()).setCaseInsensitiveEnumValuesAllowed(true).execute(args); // --kind law
    }
}
