package lexsite.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of a site file, by its extension. Text is always UTF-8: the build writes nothing else. */
final class ContentTypes {

    private static final String UTF_8 = "; charset=utf-8";
    private static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF_8),
            Map.entry("htm", "text/html" + UTF_8),
            Map.entry("css", "text/css" + UTF_8),
            Map.entry("js", "text/javascript" + UTF_8),
            Map.entry("mjs", "text/javascript" + UTF_8),
            Map.entry("json", "application/json" + UTF_8),
            Map.entry("map", "application/json" + UTF_8),
            Map.entry("webmanifest", "application/manifest+json" + UTF_8),
            Map.entry("xml", "application/xml" + UTF_8),
            Map.entry("svg", "image/svg+xml" + UTF_8),
            Map.entry("txt", "text/plain" + UTF_8),
            Map.entry("md", "text/markdown" + UTF_8),
            Map.entry("csv", "text/csv" + UTF_8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"));

    private ContentTypes() {
    }

    /** The type for {@code fileName}; unknown extensions are sent as bytes, never guessed (nosniff). */
    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return UNKNOWN;
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
