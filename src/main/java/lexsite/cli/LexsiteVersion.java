package lexsite.cli;

import picocli.CommandLine.IVersionProvider;

/** `--version` of every command: the version Maven built, or "development" when run from classes. */
final class LexsiteVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Lexsite.class.getPackage().getImplementationVersion();
        return new String[] {"lexsite " + (version == null ? "0.1" : version)};
    }
}
