package lexsite.site;

import lexsite.check.site.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks that every {@code <loc>} of sitemap.xml names a page of the site. Absolute locations are read against the
 * site's own address, taken from the home page's location (the shortest that ends in "/" or "/index.html").
 */
public final class SitemapChecker {

    private final Path root;
    private final Path sitemap;
    private final LinkResolver resolver;

    public SitemapChecker(Path root) {
        this.root = root;
        this.sitemap = root.resolve("sitemap.xml");
        this.resolver = new LinkResolver(root, new AnchorIndex());
    }

    /** Each problem as {@code sitemap.xml: loc (why)}. */
    public List<String> problems() {
        if (!Files.isRegularFile(sitemap)) return List.of("sitemap.xml: missing");
        Document document = SiteFiles.parse(sitemap, Parser.xmlParser());
        List<String> locations = document.select("loc").eachText();
        if (locations.isEmpty()) return List.of("sitemap.xml: no <loc>");
        Optional<String> base = siteAddress(locations);
        List<String> problems = new ArrayList<>();
        for (String location : locations) {
            problem(location, base).ifPresent(why -> problems.add("sitemap.xml: " + location + " (" + why + ")"));
        }
        return problems;
    }

    private Optional<String> problem(String location, Optional<String> base) {
        return switch (UrlKind.of(location)) {
            case NOT_A_FILE, OTHER_SCHEME -> Optional.of("not a page address");
            case LOCAL -> followInside(location);
            case EXTERNAL -> base.isEmpty() ? Optional.of("the home page is not listed, so the site's address is unknown")
                    : !location.startsWith(base.get()) ? Optional.of("not under the site's address " + base.get())
                    : followInside(location.substring(base.get().length()));
        };
    }

    /** Relative to the site's root, where sitemap.xml stands; "" and folders mean their index.html. */
    private Optional<String> followInside(String relative) {
        return resolver.problem(sitemap, relative.isEmpty() ? "./" : relative, LinkResolver.Folders.SERVE_INDEX);
    }

    private static Optional<String> siteAddress(List<String> locations) {
        return locations.stream()
                .filter(location -> UrlKind.of(location) == UrlKind.EXTERNAL)
                .map(location -> location.endsWith("/index.html") ? location.substring(0, location.length() - "index.html".length()) : location)
                .filter(location -> location.endsWith("/"))
                .min(Comparator.comparingInt(String::length));
    }
}
