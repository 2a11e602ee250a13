package lexsite.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the browser needs to follow a {@code serve} session: how many times the served pages have changed (a quick
 * preview or a rebuild that succeeded; a page whose own bytes changed then reloads) and the errors of the last rebuild
 * if it failed (shown over the last good site). {@link SiteHandler} adds the script, with the page's ETag, to the HTML
 * it serves; the files of the site are never changed. The script asks for the state with the count it has seen, and the
 * answer waits until there is news (a long poll), so a page follows an edit as soon as it is served.
 */
public final class LiveReload {

    /** Where the script and the state are served; no page of a site lives under it. */
    static final String PREFIX = "/_lexsite/";
    /** Longest a request for news waits; the script asks again at once. */
    static final long LONGEST_WAIT_MILLIS = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Beyond this many open pages, a new one is not remembered (the map is bounded against a flood of names). */
    private static final int PAGES_REMEMBERED = 200;

    private long builds;
    private String error;
    private long news; // every change of builds or error
    private final Map<String, Long> asked = new java.util.concurrent.ConcurrentHashMap<>(); // page → when its script last asked

    /** The served pages changed (a rebuild succeeded, or a preview is shown): changed pages reload, a shown error goes. */
    public synchronized void built() {
        builds++;
        error = null;
        news++;
        notifyAll();
    }

    /** A rebuild failed with {@code message}; the last good site stays served. */
    public synchronized void failed(String message) {
        error = message;
        news++;
        notifyAll();
    }

    /** The script of the page at {@code page} (a path inside the site) asked for news: the page is open somewhere. */
    void viewing(String page) {
        long now = System.currentTimeMillis();
        if (asked.size() >= PAGES_REMEMBERED) asked.values().removeIf(at -> at < now - LONGEST_WAIT_MILLIS * 2);
        if (asked.size() < PAGES_REMEMBERED || asked.containsKey(page)) asked.put(page, now);
    }

    /**
     * The pages open in a browser, by path inside the site: each open page's script asks again at least once per
     * longest wait, so a page that asked within two of them is still open.
     */
    public java.util.SortedSet<String> viewed() {
        long since = System.currentTimeMillis() - LONGEST_WAIT_MILLIS * 2;
        java.util.SortedSet<String> open = new java.util.TreeSet<>();
        asked.forEach((page, at) -> {
            if (at >= since) open.add(page);
        });
        return open;
    }

    /** The state once it differs from the one numbered {@code seen} (at once if it already does), or after the longest wait. */
    synchronized String stateAfter(long seen) throws InterruptedException {
        long until = System.currentTimeMillis() + LONGEST_WAIT_MILLIS;
        for (long left = LONGEST_WAIT_MILLIS; news == seen && left > 0; left = until - System.currentTimeMillis()) wait(left);
        return state();
    }

    synchronized String state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("builds", builds);
        state.put("error", error);
        state.put("news", news);
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] script() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live-reload.js")) {
            if (in == null) throw new IllegalStateException("live-reload.js is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's tag for a page whose ETag is {@code etag} (a quoted hex digest, nothing to escape). */
    static String tag(String etag) {
        return "<script src=\"" + PREFIX + "live-reload.js\" data-page=\"" + etag.replace("\"", "") + "\"></script>";
    }

    /** {@code html} with the script before its closing body tag (at its end if it has none). */
    static byte[] inject(byte[] html, String etag) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.lastIndexOf("</body>");
        String tag = tag(etag);
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
