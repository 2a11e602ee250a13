package lexsite.check.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks that every relative link, stylesheet, script, image and form target of a site's pages leads to a file
 * inside the site and, with a #fragment, to an element with that id there.
 */
public final class LinkChecker {

    /** One reference that leads nowhere. */
    public record BrokenLink(String page, String href, String why) {
        @Override
        public String toString() {
            return page + ": " + href + " (" + why + ")";
        }
    }

    /** Each element that points somewhere, with the attribute holding where. */
    private static final String[][] REFERENCES = {
        {"a[href]", "href"}, {"area[href]", "href"}, {"link[href]", "href"}, {"script[src]", "src"},
        {"img[src]", "src"}, {"use[href]", "href"}, {"use[xlink:href]", "xlink:href"}, {"form[action]", "action"},
    };

    private final Path root;
    private final LinkResolver resolver;

    public LinkChecker(Path root) {
        this.root = root;
        this.resolver = new LinkResolver(root, new AnchorIndex());
    }

    /** Every broken reference on {@code pages}, in page order. */
    public List<BrokenLink> check(List<Path> pages) {
        List<BrokenLink> broken = new ArrayList<>();
        for (Path page : pages) {
            Document document = SiteFiles.parse(page, Parser.htmlParser());
            for (String[] reference : REFERENCES) {
                for (Element element : document.select(reference[0])) {
                    String href = element.attr(reference[1]);
                    problem(page, href).ifPresent(why -> broken.add(new BrokenLink(SiteFiles.name(root, page), href, why)));
                }
            }
        }
        return broken;
    }

    private Optional<String> problem(Path page, String href) {
        return switch (UrlKind.of(href)) {
            case EXTERNAL, NOT_A_FILE -> Optional.empty();
            case OTHER_SCHEME -> Optional.of("a scheme a static, offline site cannot serve");
            case LOCAL -> resolver.problem(page, href, LinkResolver.Folders.ARE_BROKEN);
        };
    }
}
