package lexsite.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects findings as the pipeline runs; each stage reports into the same instance. Safe to share between threads:
 * acts are parsed and resolved in parallel, and the findings are read in file and line order, never in arrival order.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Adds findings another run collected (a cached act's, or one act's from a worker thread). */
    public void addAll(List<Diagnostic> findings) {
        all.addAll(findings);
    }

    /** Every finding so far, in the order they came. */
    public List<Diagnostic> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    public void error(String file, int line, String code, String message) {
        all.add(new Diagnostic(Severity.ERROR, file, line, code, message));
    }

    public void warning(String file, int line, String code, String message) {
        all.add(new Diagnostic(Severity.WARNING, file, line, code, message));
    }

    public void info(String file, int line, String code, String message) {
        all.add(new Diagnostic(Severity.INFO, file, line, code, message));
    }

    /** In file and line order, so output is stable. */
    public List<Diagnostic> sorted() {
        return all().stream().sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message)).toList();
    }

    public long count(Severity severity) {
        return all().stream().filter(d -> d.severity() == severity).count();
    }

    public List<Diagnostic> withCode(String code) {
        return sorted().stream().filter(d -> d.code().equals(code)).toList();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
