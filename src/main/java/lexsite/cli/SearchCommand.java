package lexsite.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.search.SearchDocument;
import lexsite.search.SearchHit;
import lexsite.search.SearchRequest;
import lexsite.search.SearchResults;
import lexsite.search.SiteSearcher;
import lexsite.search.StoredIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = LexsiteVersion.class,
        description = "Searches the act, programmes and guides; citations (\"art 24i\") and "
        + "State Gazette issues (\"SG 52/2025\") are looked up directly.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions options = new ProjectOptions();

    @Parameters(index = "0", description = "What to look for; quotes for phrases.")
    String query;

    @Option(names = "--kind", description = "Only law, programme, guide, glossary or topic.")
    SearchDocument.Kind kind;

    @Option(names = "--act", description = "Only this act (e.g. foreigners-act).")
    String act;

    @Option(names = "--limit", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SearchRequest request;
        try {
            request = new SearchRequest(query, kind, act, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        StoredIndex index = new StoredIndex(options.project);
        if (!index.isCurrent() && !rebuild(index)) return 1;
        boolean terminal = System.console() != null;
        try (SiteSearcher searcher = index.open(terminal ? SiteSearcher.Marks.BOLD : SiteSearcher.Marks.BRACKETS)) {
            print(searcher.search(request), System.out);
        }
        return 0;
    }

    /** The stored index is missing or older than content/: run the pipeline and write it afresh. */
    private boolean rebuild(StoredIndex index) {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(options.content(), options.project).run(diagnostics);
        if (content == null) {
            DiagnosticsPrinter.print(diagnostics, System.err, false);
            return false;
        }
        index.write(content, content.site().language());
        return true;
    }

    private static void print(SearchResults results, PrintStream out) {
        if (results.hits().isEmpty()) {
            out.println("no results");
            return;
        }
        if (results.how() == SearchResults.How.GAZETTE) {
            out.printf("%d passages: the act's own notes naming that issue, then the provisions it amended%s%n", results.total(),
                    results.total() > results.hits().size() ? ", the first " + results.hits().size() + " in the act's order" : "");
        }
        for (SearchHit hit : results.hits()) {
            out.printf("%2d. %s%s%n", hit.rank(), hit.label(), hit.kind() == SearchDocument.Kind.LAW ? "" : " (" + hit.kind().key() + ")");
            if (!hit.snippet().isEmpty()) out.println("    " + hit.snippet());
            out.println("    " + hit.url());
        }
    }
}
