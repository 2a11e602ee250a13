package lexsite.render;

import java.util.ArrayList;
import java.util.List;
import lexsite.history.VersionChanges;

/** One feed entry per version after the first: what it changed, naming the provisions, linked to the comparison. */
public final class VersionFeed {

    /** An entry: its title, the comparison's path, the day it took effect, and the changed provisions in words. */
    public record Entry(String title, String path, String updated, String summary) {
    }

    private VersionFeed() {
    }

    static List<Entry> entries(VersionsView versions, SitePaths paths) {
        List<Entry> out = new ArrayList<>();
        for (VersionsView.Version v : versions.versions()) {
            VersionChanges changes = versions.changesOf(v);
            if (changes == null) continue;
            VersionsView.Version before = versions.versions().get(v.index() - 1);
            List<String> named = changes.changed().stream().map(c -> "Article " + c.article().label() + " " + VersionPages.what(c)).toList();
            out.add(new Entry("New version in force from " + v.label() + " (" + v.gazette().label() + "): " + named.size()
                    + (named.size() == 1 ? " article changed" : " articles changed"), paths.compare(versions.actId(), before.folder(), v.folder()),
                    v.result().act().version().effective() + "T00:00:00Z", String.join("; ", named) + "."));
        }
        java.util.Collections.reverse(out); // newest first
        return out;
    }
}
