package lexsite.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import lexsite.load.SourceText;

/** Reads the small text fixtures that sit beside these tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static SourceText text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return SourceText.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
