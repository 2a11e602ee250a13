package lexsite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The maintainer's edit loop under {@code lexsite serve}, measured from outside: each edit appends a new word to one
 * line of an article's text and saves the file; the time is from the save to the first answer of the served article
 * page that holds the word. Also measured: from starting {@code serve} to the first page served.
 */
final class EditLoop {

    record Result(long startToFirstPageMs, List<Long> editMs) {
    }

    private static final Duration GIVE_UP = Duration.ofMinutes(10);

    private EditLoop() {
    }

    /**
     * @param command the lexsite command line before {@code serve}
     * @param text    the act text file to edit
     * @param line    the 1-based line to append a word to
     * @param page    the served page (site-relative) that shows that line
     */
    static Result run(List<String> command, Path project, Path text, int line, String page, int edits) {
        int port = freePort();
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("serve", "--project", project.toString(), "--port", Integer.toString(port)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/" + page);
        Process process = null;
        byte[] original = null;
        try {
            original = Files.readAllBytes(text);
            long started = System.nanoTime();
            process = new ProcessBuilder(full).redirectErrorStream(true).start();
            BlockingQueue<String> lines = drain(process);
            long firstPage = waitFor(http, uri, "</html>", started);
            waitForLine(lines, "site: "); // the first build is done: edits from now on are rebuilds
            List<Long> times = new ArrayList<>();
            String[] source = new String(original, StandardCharsets.UTF_8).split("\n", -1);
            for (int k = 0; k < edits; k++) {
                String word = "lexsiteedit" + (char) ('a' + k);
                source[line - 1] = source[line - 1] + " " + word;
                long saved = System.nanoTime();
                Files.writeString(text, String.join("\n", source), StandardCharsets.UTF_8);
                times.add(waitFor(http, uri, word, saved));
                waitForLine(lines, "site: "); // that build's summary: the next edit starts from a quiet server
                Thread.sleep(300);
            }
            return new Result(firstPage, times);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (process != null) process.destroy();
            try {
                if (original != null) Files.write(text, original);
            } catch (IOException e) {
                System.err.println("cannot restore " + text + ": " + e.getMessage());
            }
        }
    }

    /** Milliseconds from {@code since} until the page answers 200 with {@code expected} in it. */
    private static long waitFor(HttpClient http, URI uri, String expected, long since) throws InterruptedException {
        long deadline = since + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(expected)) return (System.nanoTime() - since) / 1_000_000;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(uri + " never showed '" + expected + "'");
    }

    private static void waitForLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        while (true) {
            String line = lines.poll(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) throw new IllegalStateException("serve printed no '" + prefix + "' line");
            if (line.startsWith(prefix)) return;
        }
    }

    private static BlockingQueue<String> drain(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) lines.add(l);
            } catch (IOException e) {
                // the process ended
            }
        }, "serve-output");
        thread.setDaemon(true);
        thread.start();
        return lines;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
