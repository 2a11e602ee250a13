package lexsite.resolve.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Article;
import lexsite.parse.Fixtures;
import lexsite.render.TestActs;
import org.junit.jupiter.api.Test;

/**
 * A small act whose true numbers are known (made-up-act.numbers), with its headings stripped as the copy of the
 * Foreigners Act has them, comes back with every number right: inserted articles take letters, a repealed stub
 * keeps its place, a one-line article run on into the one before stands on its own, an article lost from the copy
 * leaves its number empty, citations land on the articles their words are about, and a note names its article.
 */
class MadeUpActTest {

    @Test
    void everyNumberComesBackFromTheTextAlone() throws IOException {
        Map<Integer, String> expected = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("made-up-act.numbers")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                expected.put(Integer.parseInt(f[1]), f[0]);
            }
        }
        Map<Integer, String> got = new TreeMap<>();
        for (Article a : TestActs.resolve(Fixtures.text("/lexsite/resolve/numbering/made-up-act.txt"), new Diagnostics()).act().articles()) {
            got.put(a.line(), a.label());
        }
        assertEquals(expected, got);
    }
}
