package lexsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    private static ServeCommand parse(String... args) {
        CommandLine.ParseResult result = new CommandLine(new Lexsite()).parseArgs(args);
        return (ServeCommand) result.subcommand().commandSpec().userObject();
    }

    @Test
    void listensOnLoopbackPort8000UnlessToldOtherwise() throws Exception {
        ServeCommand serve = parse("serve");
        assertTrue(InetAddress.getByName(serve.host).isLoopbackAddress(), serve.host);
        assertEquals(8000, serve.port);
    }

    @Test
    void takesTheHostAndPortGiven() {
        ServeCommand serve = parse("serve", "--host", "0.0.0.0", "--port", "0");
        assertEquals("0.0.0.0", serve.host);
        assertEquals(0, serve.port);
    }

    @Test
    void refusesToWriteTheSiteIntoAFolderItWatches(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        Path out = project.resolve("content/site");
        assertEquals(2, Lexsite.run("serve", "--project", project.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
    }
}
