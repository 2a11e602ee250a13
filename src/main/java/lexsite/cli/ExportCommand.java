package lexsite.cli;

import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class, description = "Writes an act in a format other tools read.", subcommands = ExportXliffCommand.class)
final class ExportCommand {
}
