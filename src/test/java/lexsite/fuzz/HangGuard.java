package lexsite.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each case with a time limit. A slice resolves in well under a second, so a case over the limit is a hang (a
 * regex gone quadratic, a loop that never ends). Its thread cannot be stopped, so after the first hang every later
 * case passes at once: the hang is reported as found, unshrunk, rather than shrunk through minutes of hangs more.
 */
final class HangGuard {

    private final Duration limit;
    private volatile boolean hung;

    HangGuard(Duration limit) {
        this.limit = limit;
    }

    interface Check {
        void run() throws Exception;
    }

    void run(Object fuzzCase, Check check) {
        if (hung) return;
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> done = thread.submit(() -> {
                check.run();
                return null;
            });
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            hung = true;
            fail("hangs (over " + limit.toSeconds() + " s): " + fuzzCase);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new AssertionError("throws " + e.getCause() + " on " + fuzzCase, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            thread.shutdownNow();
        }
    }
}
