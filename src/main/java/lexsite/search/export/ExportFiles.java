package lexsite.search.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of the export, by path under {@code search/}: each a classic script that hands its data to the engine,
 * {@code LexsiteSearch.register("t/3", {...});}, so it loads from file:// through a plain script tag.
 */
final class ExportFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> files = new TreeMap<>();

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

    /** Path under the site root ("search/t/3.js") → content, sorted. */
    Map<String, String> byPath() {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, text) -> out.put("search/" + name + ".js", text));
        return out;
    }
}
