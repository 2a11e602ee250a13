package lexsite.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One search engine as the benchmark drives it in Chromium: a page of its own at the site root that loads the
 * engine's code, a script that says when that code is there, and an asynchronous script that runs one query and
 * answers {@code {ms, how, total, ids}} (ms from the call to the results, as {@code performance.now()} sees it).
 */
record Engine(String name, String page, String ready, String search, List<Path> indexFiles) {

    static final String PAGE = "__bench.html";

    /** Ours: analyzer.js and engine.js from the site's assets; search(q) until its callback. */
    static Engine ours(Path site) {
        String page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench: lexsite</title>
                <script src="assets/search/analyzer.js"></script>
                <script src="assets/search/engine.js"></script>
                </head><body></body></html>
                """;
        String ready = "return typeof window.LexsiteSearch !== 'undefined';";
        String search = """
                var done = arguments[arguments.length - 1], q = arguments[0];
                var t0 = performance.now();
                try {
                  if (!window.__engine) window.__engine = LexsiteSearch.open("");
                  window.__engine.search(q, {kinds: null, limit: 10}, function (r) {
                    var ms = performance.now() - t0;
                    done({ms: ms, how: r.how, total: r.total,
                          ids: r.hits.slice(0, 5).map(function (h) { return h.id; })});
                  });
                } catch (e) { done({error: String(e && e.stack || e)}); }
                """;
        return new Engine("ours", page, ready, search, BenchBytes.files(site.resolve("search")));
    }

    /**
     * Pagefind's JS API: search(q), then the data of the first ten results, as our search page shows ten (and ours
     * is asked for {@code limit: 10}), so both load the same number of results.
     */
    static Engine pagefind(Path site) {
        String page = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench: pagefind</title>
                <script type="module">window.__pagefind = await import("./pagefind/pagefind.js");</script>
                </head><body></body></html>
                """;
        String ready = "return !!window.__pagefind;";
        String search = """
                var done = arguments[arguments.length - 1], q = arguments[0];
                var t0 = performance.now();
                window.__pagefind.search(q).then(function (s) {
                  return Promise.all(s.results.slice(0, 10).map(function (r) { return r.data(); })).then(function (d) {
                    done({ms: performance.now() - t0, how: "text", total: s.results.length,
                          ids: d.slice(0, 5).map(function (x) { return x.url; })});
                  });
                }).catch(function (e) { done({error: String(e && e.stack || e)}); });
                """;
        List<Path> index = Pagefind.searchFiles(site).stream()
                .filter(p -> !isCode("pagefind/" + site.resolve("pagefind").relativize(p).toString().replace('\\', '/'))).toList();
        return new Engine("Pagefind", page, ready, search, index);
    }

    /** Whether a file the page requested is code (loaded once, whatever the query) rather than index data. */
    static boolean isCode(String path) {
        if (path.startsWith("assets/")) return true;
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("pagefind/") && (name.endsWith(".js") || name.startsWith("wasm."));
    }
}
