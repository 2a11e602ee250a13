package lexsite.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent pieces of work on every core and gives their results in the order of the input, so that what the
 * build writes does not depend on which piece finished first. An exception thrown by a piece is rethrown as itself
 * (a {@code ContentError} keeps its file and line), the first in input order, once every piece has ended: nothing is
 * still writing into a staging folder when the caller throws it away.
 */
public final class Parallel {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
                Thread thread = new Thread(task, "lexsite-worker");
                thread.setDaemon(true); // never keeps a finished command's JVM alive
                return thread;
            });

    private static final ThreadLocal<Boolean> WORKER = ThreadLocal.withInitial(() -> false);

    private Parallel() {
    }

    /** {@code work} applied to each item, in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        // One item, or a call from inside a worker (nested parallelism would wait on its own pool): run it here.
        if (items.size() < 2 || WORKER.get()) return items.stream().map(work).toList();
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(POOL.submit(() -> {
                WORKER.set(true);
                try {
                    return work.apply(item);
                } finally {
                    WORKER.set(false);
                }
            }));
        }
        List<R> out = new ArrayList<>();
        RuntimeException first = null;
        for (Future<R> future : futures) {
            try {
                out.add(join(future));
            } catch (RuntimeException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
        return out;
    }

    /** Runs each task, all on the pool, and returns when all have finished. */
    public static void run(List<Runnable> tasks) {
        map(tasks, task -> {
            task.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Starts {@code work} on a thread of its own, beside the caller: for a stage that runs on one thread while the
     * caller's stage uses every core. {@link Beside#join} gives its result, or rethrows its exception as itself.
     */
    public static <T> Beside<T> beside(String name, java.util.function.Supplier<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work::get);
        Thread thread = new Thread(task, "lexsite-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Beside<>(task);
    }

    /** Work running beside the caller. */
    public static final class Beside<T> {
        private final Future<T> task;

        private Beside(Future<T> task) {
            this.task = task;
        }

        /** Waits for the work to end: its result, or its exception as itself. */
        public T join() {
            return Parallel.join(task);
        }
    }

    private static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
