package lexsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import picocli.CommandLine;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.Stream;

/** Every command answers --help and --version, and takes the global --debug. */
class CommandLineTest {

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return new Run(Lexsite.run(args), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static final String[] COMMANDS = {
        "build", "check", "serve", "search", "import", "import xliff", "export", "export xliff"};

    static Stream<String> commands() {
        return Stream.of(COMMANDS);
    }

    @Test
    void theListNamesEveryCommand() {
        List<String> names = new ArrayList<>();
        collect(new CommandLine(new Lexsite()), "", names);
        assertEquals(List.of(COMMANDS).stream().sorted().toList(), names.stream().sorted().toList());
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            names.add(prefix + name);
            collect(sub, prefix + name + " ", names);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        Run run = run(with(command, "--help"));
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("Usage: lexsite " + command), run.out());
        assertTrue(run.out().contains("--version") && run.out().contains("--debug"), run.out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasVersion(String command) {
        Run run = run(with(command, "--version"));
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("lexsite "), run.out());
    }

    private static String[] with(String command, String option) {
        return (command + " " + option).split(" ");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anUnexpectedFailureIsOneLineAndItsStackTraceOnlyWithDebug(boolean debug) {
        CommandLine command = new CommandLine(new Lexsite());
        StringWriter err = new StringWriter();
        command.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = debug ? command.parseArgs("--debug", "check") : command.parseArgs("check");
        int exit = new Failures().handleExecutionException(new IllegalStateException("the disk went away"), command, parsed);
        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("error: the disk went away"), err.toString());
        assertEquals(debug, err.toString().contains("\tat "), err.toString());
        assertEquals(!debug, err.toString().contains("--debug"), err.toString());
    }
}
