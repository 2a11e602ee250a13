package lexsite.site;

import lexsite.check.site.*;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds what a page would load from another host: a CDN script, a web font, an analytics pixel. The site must work
 * offline and tell no third party who reads it; links a reader follows are not loads and are left alone.
 */
public final class ExternalResources {

    /** Link relations that only name an address and make the browser fetch nothing. */
    private static final Set<String> NAMING_RELS = Set.of("canonical", "alternate", "author", "license", "help", "me", "bookmark", "next", "prev");
    /** url(...) and @import "..." in CSS. */
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)|@import\\s+['\"]([^'\"]+)");

    private final Path root;

    public ExternalResources(Path root) {
        this.root = root;
    }

    /** Each load from another host as {@code file: what}. */
    public List<String> find(List<Path> pages) {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            String name = SiteFiles.name(root, page);
            Document document = SiteFiles.parse(page, Parser.htmlParser());
            for (Element element : document.select("[src]")) {
                if (UrlKind.of(element.attr("src")) == UrlKind.EXTERNAL) found.add(name + ": <" + element.tagName() + " src=" + element.attr("src") + ">");
            }
            for (Element link : document.select("link[href]")) {
                if (UrlKind.of(link.attr("href")) == UrlKind.EXTERNAL && loads(link)) found.add(name + ": <link rel=" + link.attr("rel") + " href=" + link.attr("href") + ">");
            }
            for (Element styled : document.select("style, [style]")) {
                String css = styled.tagName().equals("style") ? styled.data() : styled.attr("style");
                externalUrls(css).forEach(url -> found.add(name + ": CSS " + url));
            }
        }
        for (Path stylesheet : SiteFiles.endingIn(root, ".css")) {
            externalUrls(SiteFiles.read(stylesheet)).forEach(url -> found.add(SiteFiles.name(root, stylesheet) + ": " + url));
        }
        return found;
    }

    private static boolean loads(Element link) {
        String[] rels = link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+");
        return !Arrays.stream(rels).allMatch(NAMING_RELS::contains);
    }

    private static List<String> externalUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = CSS_URL.matcher(css);
        while (matcher.find()) {
            String url = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (UrlKind.of(url) == UrlKind.EXTERNAL) urls.add(url);
        }
        return urls;
    }
}
