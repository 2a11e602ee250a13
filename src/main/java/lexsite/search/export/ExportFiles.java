package lexsite.search.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of the export, by path under {@code search/}: each a classic script that hands its data to the engine,
 * {@code LexsiteSearch.register("t/3", {...});}, so it loads from file:// through a plain script tag.
 */
final class ExportFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** gzip's header and trailer around the deflated bytes. */
    private static final int GZIP_FRAME = 18;

    private final java.util.NavigableMap<String, String> files = new TreeMap<>();

    /** Adds {@code search/<name>.js} holding {@code data} (maps, lists, strings and numbers). */
    void add(String name, Object data) {
        if (files.containsKey(name)) throw new IllegalStateException("written twice: " + name);
        files.put(name, script(name, data));
    }

    static String script(String name, Object data) {
        try {
            String json = JSON.writeValueAsString(data).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            return "LexsiteSearch.register(" + JSON.writeValueAsString(name) + "," + json + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }

    /**
     * The files under {@code <prefix>/}: {count, characters, bytes gzipped as a server sends them (level 6, or as
     * they are when that is smaller)}.
     */
    long[] sizes(String prefix) {
        long[] out = new long[3];
        files.subMap(prefix + "/", prefix + "0").forEach((name, text) -> {
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[raw.length + 64];
            int deflated = 0;
            while (!deflater.finished()) deflated += deflater.deflate(buffer);
            deflater.end();
            out[0]++;
            out[1] += text.length();
            out[2] += Math.min(raw.length, deflated + GZIP_FRAME);
        });
        return out;
    }

    /** Path under the site root ("search/t/3.js") → content, sorted. */
    Map<String, String> byPath() {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, text) -> out.put("search/" + name + ".js", text));
        return out;
    }
}
