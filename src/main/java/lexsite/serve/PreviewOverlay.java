package lexsite.serve;

import java.util.Map;
import java.util.Optional;

/**
 * Pages a quick preview rendered ({@link QuickPreview}), served in place of the site's files of the same path until a
 * full build that includes the previewed change has ended: its site replaces them, or, when it failed, the last good
 * site is served again.
 */
public final class PreviewOverlay {

    private record Shown(Map<String, byte[]> pages, long change) {
    }

    private volatile Shown shown = new Shown(Map.of(), 0);

    /** Serves {@code pages} (path inside the site → bytes), made for change number {@code change}, from now on. */
    public void show(Map<String, byte[]> pages, long change) {
        shown = new Shown(Map.copyOf(pages), change);
    }

    /** Serves the site's files again if the preview shown is of change number {@code change} or earlier; whether it was. */
    public synchronized boolean clearUpTo(long change) {
        Shown now = shown;
        if (now.pages().isEmpty() || now.change() > change) return false;
        shown = new Shown(Map.of(), 0);
        return true;
    }

    /** Whether a preview is being served. */
    public boolean showing() {
        return !shown.pages().isEmpty();
    }

    Optional<byte[]> page(String relative) {
        return Optional.ofNullable(shown.pages().get(relative));
    }
}
