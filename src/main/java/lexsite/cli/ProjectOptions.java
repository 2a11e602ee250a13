package lexsite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class ProjectOptions {

    @Option(names = "--project", description = "The project folder holding content/ and templates/ (default: current folder).")
    Path project = Path.of(".");

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    Path content() {
        return project.resolve("content");
    }
}
