package lexsite.check.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lexsite.parallel.Parallel;
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
    private final AnchorIndex anchors = new AnchorIndex();
    private final LinkResolver resolver;

    public LinkChecker(Path root) {
        this.root = root;
        this.resolver = new LinkResolver(root, anchors);
    }

    /**
     * Every broken reference on {@code pages}, in page order. Each page is parsed once, on every core: first all pages
     * (their references and their ids), then every reference is followed, so a #fragment into a page already parsed
     * reads no file.
     */
    public List<BrokenLink> check(List<Path> pages) {
        List<List<String>> references = Parallel.map(pages, page -> {
            Document document = SiteFiles.parse(page, Parser.htmlParser());
            anchors.record(page, document);
            List<String> hrefs = new ArrayList<>();
            for (String[] reference : REFERENCES) {
                for (Element element : document.select(reference[0])) hrefs.add(element.attr(reference[1]));
            }
            return hrefs;
        });
        List<Integer> order = java.util.stream.IntStream.range(0, pages.size()).boxed().toList();
        List<List<BrokenLink>> broken = Parallel.map(order, i -> {
            Path page = pages.get(i);
            List<BrokenLink> out = new ArrayList<>();
            for (String href : references.get(i)) {
                problem(page, href).ifPresent(why -> out.add(new BrokenLink(SiteFiles.name(root, page), href, why)));
            }
            return out;
        });
        return broken.stream().flatMap(List::stream).toList();
    }

    private Optional<String> problem(Path page, String href) {
        return switch (UrlKind.of(href)) {
            case EXTERNAL, NOT_A_FILE -> Optional.empty();
            case OTHER_SCHEME -> Optional.of("a scheme a static, offline site cannot serve");
            case LOCAL -> resolver.problem(page, href, LinkResolver.Folders.ARE_BROKEN);
        };
    }
}
