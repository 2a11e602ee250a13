package lexsite.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lexsite.site.browser.Chromium;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the queries through one engine on one served site, in one Chromium:
 * <ul>
 * <li>cold, each query alone on a freshly loaded page (the server forbids caching): its latency including loading
 * its files, and the bytes it made the page download — "the first query";</li>
 * <li>in sequence on one page, the queries in order: the bytes each one added — "each later query";</li>
 * <li>warm, after that sequence has loaded every file: each query again, round after round, for the latency alone.</li>
 * </ul>
 */
final class BrowserBench {

    /** One query's run: latency, what it found, and the bytes (on the wire) of index data and code it loaded. */
    record Run(String query, double ms, String how, long total, List<String> ids, long dataBytes, long codeBytes,
               List<BenchServer.Sent> sent) {
    }

    /** Everything measured for one engine on one corpus. */
    /**
     * @param warmLoads how many warm runs still loaded a file (a tie among identical copies can be broken otherwise
     *                  than before, so another copy's fragment is fetched)
     */
    record Measured(Engine engine, List<Run> cold, List<Run> sequence, List<Double> warm, int warmLoads, long pageCodeBytes) {
    }

    private final Chromium chromium;

    BrowserBench(Chromium chromium) {
        this.chromium = chromium;
    }

    Measured measure(Engine engine, BenchServer server, List<String> queries, int warmRounds) {
        ChromeDriver driver = chromium.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        List<Run> cold = new ArrayList<>();
        long pageCode = 0;
        for (String q : queries) {
            pageCode = open(engine, server);
            cold.add(run(engine, server, q));
        }
        open(engine, server);
        List<Run> sequence = new ArrayList<>();
        for (String q : queries) sequence.add(run(engine, server, q));
        List<Double> warm = new ArrayList<>();
        int warmLoads = 0;
        for (int round = 0; round < warmRounds; round++) {
            for (String q : queries) {
                Run r = run(engine, server, q);
                if (r.dataBytes() + r.codeBytes() > 0) warmLoads++;
                warm.add(r.ms());
            }
        }
        return new Measured(engine, cold, sequence, warm, warmLoads, pageCode);
    }

    /** Loads the engine's page afresh and waits for its code; returns the code bytes the page load cost. */
    private long open(Engine engine, BenchServer server) {
        ChromeDriver driver = chromium.driver();
        server.drain();
        driver.get(server.uri(Engine.PAGE).toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(engine.ready())));
        return server.drain().stream().mapToLong(BenchServer.Sent::wire).sum();
    }

    private Run run(Engine engine, BenchServer server, String query) {
        Object answer = chromium.driver().executeAsyncScript(engine.search(), query);
        if (!(answer instanceof Map<?, ?> map)) throw new IllegalStateException(engine.name() + " answered " + answer);
        if (map.get("error") != null) throw new IllegalStateException(engine.name() + " failed on '" + query + "': " + map.get("error"));
        List<BenchServer.Sent> sent = server.drain();
        long data = 0, code = 0;
        for (BenchServer.Sent s : sent) {
            if (Engine.isCode(s.path())) code += s.wire();
            else data += s.wire();
        }
        List<String> ids = new ArrayList<>();
        for (Object id : (List<?>) map.get("ids")) ids.add(String.valueOf(id));
        return new Run(query, ((Number) map.get("ms")).doubleValue(), String.valueOf(map.get("how")),
                ((Number) map.get("total")).longValue(), ids, data, code, sent);
    }
}
