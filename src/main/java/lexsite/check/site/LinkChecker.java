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
     * Every broken reference on {@code pages}, in page order. Each page is parsed once, on every core, and its
     * references are followed at once, except those into another page's #fragment: they wait until every page has
     * been parsed, so the ids they need are read from pages already parsed, not from their files again. Only those
     * references and the broken ones are held: at 100 acts the site has millions of references.
     */
    public List<BrokenLink> check(List<Path> pages) {
        List<List<Reference>> waiting = Parallel.map(pages, page -> {
            Document document = SiteFiles.parse(page, Parser.htmlParser());
            anchors.record(page, document);
            List<Reference> out = new ArrayList<>();
            for (String[] reference : REFERENCES) {
                for (Element element : document.select(reference[0])) {
                    String href = element.attr(reference[1]);
                    if (intoAnotherPage(href)) out.add(new Reference(href, null));
                    else problem(page, href).ifPresent(why -> out.add(new Reference(href, broken(page, href, why))));
                }
            }
            return out;
        });
        List<Integer> order = java.util.stream.IntStream.range(0, pages.size()).boxed().toList();
        List<List<BrokenLink>> broken = Parallel.map(order, i -> {
            Path page = pages.get(i);
            List<BrokenLink> out = new ArrayList<>();
            for (Reference r : waiting.get(i)) {
                if (r.broken() != null) out.add(r.broken());
                else problem(page, r.href()).ifPresent(why -> out.add(broken(page, r.href(), why)));
            }
            return out;
        });
        return broken.stream().flatMap(List::stream).toList();
    }

    /** A reference kept for the second pass: broken already, or (when {@code broken} is null) yet to follow. */
    private record Reference(String href, BrokenLink broken) {
    }

    /** "../art_5.html#p1": a fragment in a file named by its path, which may not have been parsed yet. */
    private static boolean intoAnotherPage(String href) {
        int hash = href.indexOf('#');
        return hash > 0 && hash < href.length() - 1 && UrlKind.of(href) == UrlKind.LOCAL;
    }

    private BrokenLink broken(Path page, String href, String why) {
        return new BrokenLink(SiteFiles.name(root, page), href, why);
    }

    private Optional<String> problem(Path page, String href) {
        return switch (UrlKind.of(href)) {
            case EXTERNAL, NOT_A_FILE -> Optional.empty();
            case OTHER_SCHEME -> Optional.of("a scheme a static, offline site cannot serve");
            case LOCAL -> resolver.problem(page, href, LinkResolver.Folders.ARE_BROKEN);
        };
    }
}
