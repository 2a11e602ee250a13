package lexsite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import lexsite.render.PageOutput;

/** Pages rendered into memory, by their path inside the site: what a quick preview made. */
public final class PreviewPages implements PageOutput {

    private final Map<String, byte[]> pages = new ConcurrentSkipListMap<>();

    @Override
    public void write(String relative, String text) {
        pages.put(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void copy(String relative, Path source) {
        try {
            pages.put(relative, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    @Override
    public List<String> written() {
        return List.copyOf(pages.keySet());
    }

    /** The pages, sorted by path; a copy. */
    public Map<String, byte[]> all() {
        return Map.copyOf(pages);
    }
}
