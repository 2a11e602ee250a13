package lexsite.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import lexsite.diagnostics.Diagnostics;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;

/** The real act from content/, loaded once for the export tests. */
public final class RealAct {

    private static ActResolver.Result result;

    private RealAct() {
    }

    public static synchronized ActResolver.Result result() {
        if (result == null) {
            Diagnostics diagnostics = new Diagnostics();
            ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(diagnostics);
            assertNotNull(content, () -> diagnostics.sorted().toString());
            result = content.current().get(0);
        }
        return result;
    }
}
