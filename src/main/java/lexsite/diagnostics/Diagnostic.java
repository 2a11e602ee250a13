package lexsite.diagnostics;

/**
 * One finding about the content, printed as {@code file:line: severity: message}.
 *
 * @param code a short stable identifier of the kind of finding, e.g. {@code note-unparsed}
 */
public record Diagnostic(Severity severity, String file, int line, String code, String message) implements java.io.Serializable {

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
