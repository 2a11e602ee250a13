package lexsite.publish;

import static lexsite.publish.FixtureProject.ACT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.SourceText;
import lexsite.load.TextFiles;
import lexsite.parse.ActTextParser;
import lexsite.parse.ParseHints;
import lexsite.parse.ParsedAct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRLF line endings and a UTF-8 byte order mark read exactly as LF without one: the same model, the same site. */
class LineEndingsTest {

    @TempDir
    Path root;

    @Test
    void crlfAndBomGiveTheSameModel() throws IOException {
        String lf = Files.readString(FixtureProject.FIXTURE.resolve(ACT));
        Path plain = root.resolve("lf.txt");
        Path windows = root.resolve("crlf.txt");
        Files.writeString(plain, lf);
        Files.write(windows, withBom(lf.replace("\n", "\r\n")));
        SourceText a = TextFiles.read(plain, "act.txt");
        SourceText b = TextFiles.read(windows, "act.txt");
        assertEquals(a, b);
        ParseHints none = new ParseHints(List.of(), List.of());
        ParsedAct parsedA = ActTextParser.parse(a, none, new Diagnostics());
        ParsedAct parsedB = ActTextParser.parse(b, none, new Diagnostics());
        assertEquals(parsedA, parsedB);
    }

    @Test
    void crlfAndBomGiveTheSameSite() throws IOException {
        FixtureProject project = new FixtureProject(root);
        project.build();
        Map<String, byte[]> lf = project.snapshot();
        List<Path> texts;
        try (Stream<Path> all = Files.walk(project.file("content"))) {
            texts = all.filter(Files::isRegularFile).toList();
        }
        for (Path file : texts) { // every content file: the act, the YAML, the Markdown
            String text = Files.readString(file).replace("\n", "\r\n");
            Files.write(file, file.toString().endsWith(".txt") ? withBom(text) : text.getBytes(StandardCharsets.UTF_8));
        }
        project.build();
        FixtureProject.assertSameFiles(lf, project.snapshot());
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
