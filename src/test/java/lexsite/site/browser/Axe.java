package lexsite.site.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, from the npm package pinned in src/test/browser, run on the page open in the browser. WebDriver runs
 * the script outside the page's Content-Security-Policy, so a page that forbids inline script can still be checked.
 */
public final class Axe {

    static final Path SCRIPT = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(results => done(JSON.stringify({
                    engine: results.testEngine.name + ' ' + results.testEngine.version,
                    passes: results.passes.length,
                    incomplete: results.incomplete.length,
                    violations: results.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))})))
                .catch(error => done(JSON.stringify({error: String(error)})));
            """;

    /** One rule the page breaks, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean seriousOrCritical() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }

    /** What axe found on one page. */
    public record Result(String engine, int passes, int incomplete, List<Violation> violations) {
    }

    private final String source;
    private final ObjectMapper json = new ObjectMapper();

    private Axe(String source) {
        this.source = source;
    }

    /** Reads axe-core; skips the calling test when {@code npm ci} has not been run in src/test/browser. */
    public static Axe load() {
        Prerequisite.require(Files.isRegularFile(SCRIPT), SCRIPT + " not found: run `npm ci` in src/test/browser, as .ci/run does");
        try {
            return new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT, e);
        }
    }

    /** Injects axe into the page open in {@code driver} and runs the WCAG 2.1 A and AA rules. */
    public Result run(ChromeDriver driver) {
        driver.executeScript(source);
        String answer = String.valueOf(driver.executeAsyncScript(RUN));
        try {
            JsonNode result = json.readTree(answer);
            if (result.has("error")) throw new IllegalStateException("axe failed on " + driver.getCurrentUrl() + ": " + result.get("error").asText());
            List<Violation> violations = new ArrayList<>();
            for (JsonNode violation : result.path("violations")) {
                List<String> targets = new ArrayList<>();
                violation.path("targets").forEach(target -> targets.add(target.asText()));
                violations.add(new Violation(violation.path("id").asText(), violation.path("impact").asText("unknown"),
                        violation.path("help").asText(), targets));
            }
            return new Result(result.path("engine").asText(), result.path("passes").asInt(), result.path("incomplete").asInt(), violations);
        } catch (IOException e) {
            throw new UncheckedIOException("axe's answer is not JSON: " + answer, e);
        }
    }
}
