package lexsite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lexsite.pipeline.ActCacheFolder;
import lexsite.publish.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Builds the site from content/ into site/, replacing it only on success.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Option(names = "--out", description = "Where the site goes (default: site/ in the project).")
    Path out;

    @Option(names = "--quiet", description = "Print errors only: no progress, no summary, no warnings.")
    boolean quiet;

    @Override
    public Integer call() {
        Path target = out != null ? out : options.project.resolve("site");
        return new SiteBuild(options.project, target, options.strict, quiet, ActCacheFolder.of(options.project, false)).run(System.out, System.err);
    }
}
