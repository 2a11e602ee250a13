package lexsite.search.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.Deflater;

/**
 * The files of the export, by path under {@code search/}: each a classic script that hands its data to the engine,
 * {@code LexsiteSearch.register("t/3", {...});}, so it loads from file:// through a plain script tag. Each file goes
 * to the writer as soon as it is made: at 100 acts the export is hundreds of megabytes, and holding it until the end
 * doubled the build's peak heap. Only the sizes the manifest reports are kept.
 */
final class ExportFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** gzip's header and trailer around the deflated bytes. */
    private static final int GZIP_FRAME = 18;
    /** The folders whose sizes the manifest reports (see {@link #sizes}). */
    private static final Set<String> MEASURED = Set.of("f", "y");

    private final BiConsumer<String, String> writer;
    private final Set<String> names = new HashSet<>();
    private final Map<String, long[]> sizes = new HashMap<>();

    /** {@code writer} takes a path under the site root ("search/t/3.js") and the file's text. */
    ExportFiles(BiConsumer<String, String> writer) {
        this.writer = writer;
    }

    /** Writes {@code search/<name>.js} holding {@code data} (maps, lists, strings and numbers). */
    void add(String name, Object data) {
        addJson(name, json(data));
    }

    /** Writes {@code search/<name>.js} holding data already written as JSON by {@link #json}. */
    void addJson(String name, String json) {
        if (!names.add(name)) throw new IllegalStateException("written twice: " + name);
        String text = script(name, json);
        String folder = name.substring(0, Math.max(0, name.indexOf('/')));
        if (MEASURED.contains(folder)) measure(sizes.computeIfAbsent(folder, f -> new long[3]), text);
        writer.accept("search/" + name + ".js", text);
    }

    private static String script(String name, String json) {
        return "LexsiteSearch.register(" + json(name) + "," + json + ");\n";
    }

    /** {@code data} as JSON, with the two line separators a script may not hold raw escaped. */
    static String json(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The files written so far under {@code <folder>/} (f or y): {count, characters, bytes gzipped as a server sends
     * them (level 6, or as they are when that is smaller)}.
     */
    long[] sizes(String folder) {
        if (!MEASURED.contains(folder)) throw new IllegalArgumentException("sizes are not kept for " + folder + "/");
        return sizes.getOrDefault(folder, new long[3]).clone();
    }

    private static void measure(long[] tally, String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(6, true);
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int deflated = 0;
        while (!deflater.finished()) deflated += deflater.deflate(buffer);
        deflater.end();
        tally[0]++;
        tally[1] += text.length();
        tally[2] += Math.min(raw.length, deflated + GZIP_FRAME);
    }
}
