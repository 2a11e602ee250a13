package lexsite.render;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the render stage puts the site's files: a staging folder for a build ({@code SiteWriter}), memory for
 * {@code serve}'s quick preview. Called from several threads at once, as pages render in parallel.
 */
public interface PageOutput {

    /** Writes {@code text} as UTF-8 at {@code relative}, a path inside the site. */
    void write(String relative, String text);

    /** Copies {@code source} byte for byte to {@code relative}. */
    void copy(String relative, Path source);

    /** The paths written so far, sorted. */
    List<String> written();
}
