package lexsite.diagnostics;

import java.io.PrintStream;

/** Prints findings as {@code file:line: severity: message}, then their counts. */
public final class DiagnosticsPrinter {

    private DiagnosticsPrinter() {
    }

    public static void print(Diagnostics diagnostics, PrintStream out, boolean includeInfo) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.severity() != Severity.INFO || includeInfo) out.println(d);
        }
        out.println(diagnostics.count(Severity.ERROR) + " errors, " + diagnostics.count(Severity.WARNING) + " warnings, "
                + diagnostics.count(Severity.INFO) + " notes");
    }

    /** Whether the findings stop the command: any error, or with --strict any warning. */
    public static boolean fails(Diagnostics diagnostics, boolean strict) {
        return diagnostics.hasErrors() || (strict && diagnostics.count(Severity.WARNING) > 0);
    }
}
