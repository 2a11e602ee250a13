package lexsite.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings as the pipeline runs; each stage reports into the same instance. */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

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
        return all.stream().sorted(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message)).toList();
    }

    public long count(Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).count();
    }

    public List<Diagnostic> withCode(String code) {
        return sorted().stream().filter(d -> d.code().equals(code)).toList();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
