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
 * What the browser needs to follow a {@code serve} session: how many rebuilds have succeeded (a page reloads when the
 * count moves) and the errors of the last one if it failed (shown over the last good site). {@link SiteHandler} adds
 * the script to the HTML it serves; the files of the site are never changed.
 */
public final class LiveReload {

    /** Where the script and the state are served; no page of a site lives under it. */
    static final String PREFIX = "/_lexsite/";
    static final String TAG = "<script src=\"" + PREFIX + "live-reload.js\"></script>";

    private static final ObjectMapper JSON = new ObjectMapper();

    private long builds;
    private String error;

    /** A rebuild succeeded: pages reload, a shown error goes. */
    public synchronized void built() {
        builds++;
        error = null;
    }

    /** A rebuild failed with {@code message}; the last good site stays served. */
    public synchronized void failed(String message) {
        error = message;
    }

    synchronized String state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("builds", builds);
        state.put("error", error);
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

    /** {@code html} with the script before its closing body tag (at its end if it has none). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.lastIndexOf("</body>");
        String out = at < 0 ? page + TAG : page.substring(0, at) + TAG + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
