package lexsite.cli;

import java.io.PrintWriter;
import lexsite.load.ContentError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command fails: {@code file:line: error: message} where a file is to blame, {@code error: message}
 * where none is, a non-zero exit, and a stack trace only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Exit code of a failure that is not the content's (a usage error exits 2, as picocli's do). */
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof ContentError content) err.println(content);
        else err.println("error: " + plainWords(e));
        if (debug(parsed)) e.printStackTrace(err);
        else if (!(e instanceof ContentError)) err.println("(run again with --debug for the details)");
        err.flush();
        return FAILED;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String message = e.getMessage() == null ? "invalid command line" : e.getMessage();
        err.println("error: " + (message.length() <= 200 ? message : message.substring(0, 197) + "…"));
        err.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What to do when the JVM's heap is too small for the work, with the size it had. */
    static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "the work needs more memory than the JVM's " + mb + " MB heap: give it more, e.g. JAVA_OPTS=-Xmx2g"
                + " (bin/lexsite), MAVEN_OPTS=-Xmx2g (mvn exec:java) or java -Xmx2g -jar; a build leaves the previous site as it was";
    }

    /** The message of the innermost cause that has one, without Java's class names. */
    static String plainWords(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = message == null ? t.getMessage() : message + ": " + t.getMessage();
            }
            if (t.getCause() == t) break;
        }
        return message == null ? "the command failed unexpectedly" : message.replaceAll("\\b(?:java|javax|lexsite)\\.[\\w.$]+(Exception|Error): ?", "");
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }
}
