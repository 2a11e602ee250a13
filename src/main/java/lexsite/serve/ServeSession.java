package lexsite.serve;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import lexsite.pipeline.ResolvedContent;
import lexsite.publish.SiteBuild;

/**
 * One {@code serve} session's builds. Each change is first shown as a quick preview of the edited articles and of the
 * article pages open in a browser, where the change allows one ({@link QuickPreview}), at once, even while a full build runs; then a full build, whose site
 * replaces the preview. Full builds run one at a time on their own thread, and changes made during one cost one more
 * build, not one each. A failed build leaves the last good site served, with its findings shown over the pages.
 */
public final class ServeSession {

    private final SiteBuild build;
    private final QuickPreview quick;
    private final boolean quiet;
    private final LiveReload live = new LiveReload();
    private final PreviewOverlay preview = new PreviewOverlay();
    private final AtomicLong changes = new AtomicLong(); // changes seen so far; a build includes those seen when it starts
    private final AtomicBoolean buildQueued = new AtomicBoolean();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lexsite-serve-build");
        thread.setDaemon(true);
        return thread;
    });
    private final Object buildLock = new Object();
    private volatile Future<?> lastQueued;
    private volatile ResolvedContent last; // what the last good build was made of; null before the first

    public ServeSession(SiteBuild build, QuickPreview quick, boolean quiet) {
        this.build = build;
        this.quick = quick;
        this.quiet = quiet;
    }

    public LiveReload live() {
        return live;
    }

    public PreviewOverlay preview() {
        return preview;
    }

    /** The watcher saw a change: the edited articles' pages at once where they can be previewed, then a full build. */
    public void changed() {
        long change = changes.incrementAndGet();
        if (!quiet) {
            System.out.println();
            System.out.println("change seen: rebuilding");
        }
        ResolvedContent built = last;
        if (built != null) showPreview(built, change);
        if (buildQueued.compareAndSet(false, true)) {
            lastQueued = builder.submit(() -> {
                buildQueued.set(false); // a change from now on needs a build after this one
                build();
            });
        }
    }

    private synchronized void showPreview(ResolvedContent built, long change) {
        long started = System.nanoTime();
        Map<String, byte[]> pages = quick.pagesChangedSince(built, live.viewed());
        if (pages.isEmpty()) return;
        preview.show(pages, change);
        live.built();
        if (!quiet) System.out.printf("preview: %s in %d ms; the full build follows%n",
                pages.size() == 1 ? pages.keySet().iterator().next() : pages.size() + " article pages",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Waits until the builds queued so far have ended. */
    public void awaitBuilds() throws InterruptedException {
        Future<?> queued = lastQueued;
        if (queued == null) return;
        try {
            queued.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a serve build failed unexpectedly", e.getCause());
        }
        if (buildQueued.get()) awaitBuilds(); // one more was queued meanwhile
    }

    /** A full build; on success its site is served, on failure the last good one, with the findings over it. */
    public void build() {
        synchronized (buildLock) { // one at a time; a preview need not wait for it
            buildOnce();
        }
    }

    private void buildOnce() {
        long includes = changes.get();
        String failure;
        try {
            SiteBuild.Outcome outcome = build.runFor(System.out, System.err);
            if (outcome.exit() == 0) {
                last = outcome.content();
                preview.clearUpTo(includes); // a preview of a later change stays until its own build
                live.built();
                quick.prepare();
                return;
            }
            failure = String.join("\n", outcome.errors().stream().map(Object::toString).toList());
        } catch (UncheckedIOException e) {
            failure = "build failed: " + e.getMessage() + ": " + e.getCause().getMessage();
            System.err.println(failure);
        }
        if (preview.clearUpTo(includes)) live.built(); // the last good site is served again
        live.failed(failure);
        System.err.println("serving the previous site, if any");
    }
}
