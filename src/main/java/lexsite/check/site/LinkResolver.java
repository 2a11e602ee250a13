package lexsite.check.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Follows a relative reference found in one file of a site to the file, and element, it names. */
public final class LinkResolver {

    /** What a link to a folder does: a browser on file:// lists the folder, a web server sends its index.html. */
    public enum Folders { ARE_BROKEN, SERVE_INDEX }

    private final Path root;
    private final AnchorIndex anchors;
    /** Where each path written in a folder leads: pages of one folder share most of theirs, and Path work is the cost. */
    private final Map<Written, Target> targets = new ConcurrentHashMap<>();

    private record Written(Path folder, String path, Folders folders) {
    }

    /** The file a path leads to, or why it leads to none. */
    private record Target(Path file, String problem) {
    }

    public LinkResolver(Path root, AnchorIndex anchors) {
        this.root = root;
        this.anchors = anchors;
    }

    /** Why {@code reference}, written in {@code from}, leads nowhere; empty when it reaches its target. */
    public Optional<String> problem(Path from, String reference, Folders folders) {
        URI uri;
        try {
            uri = new URI(reference.strip());
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + e.getReason());
        }
        String path = uri.getRawPath() == null ? "" : decode(uri.getRawPath());
        if (path.startsWith("/")) return Optional.of("root-relative: breaks under file:// and when the site is not at the host's root");
        Target target = path.isEmpty() ? new Target(from, null)
                : targets.computeIfAbsent(new Written(from.getParent(), path, folders), this::follow);
        if (target.problem() != null) return Optional.of(target.problem());
        String fragment = uri.getRawFragment();
        if (fragment == null || fragment.isEmpty() || reachesElement(target.file(), fragment)) return Optional.empty();
        return Optional.of("no element with id \"" + decode(fragment) + "\" in " + SiteFiles.name(root, target.file()));
    }

    private Target follow(Written written) {
        Path target = written.folder().resolve(written.path()).normalize();
        if (!target.startsWith(root)) return new Target(null, "leads out of the site");
        if (Files.isDirectory(target)) {
            if (written.folders() == Folders.ARE_BROKEN) return new Target(null, "a folder: file:// shows a listing there, so link to its index.html");
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) return new Target(null, "no file " + SiteFiles.name(root, target));
        return new Target(target, null);
    }

    /** As a browser does: the fragment as written, then percent-decoded; "top" needs no element. */
    private boolean reachesElement(Path target, String rawFragment) {
        String fragment = decode(rawFragment);
        return anchors.has(target, rawFragment) || anchors.has(target, fragment) || fragment.equalsIgnoreCase("top");
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
