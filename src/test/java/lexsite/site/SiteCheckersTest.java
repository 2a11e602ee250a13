package lexsite.site;

import lexsite.check.site.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site checks themselves, on a small site made with a flaw of each kind they must catch. */
class SiteCheckersTest {

    private static Path site;
    private static List<Path> pages;

    @BeforeAll
    static void locate() throws URISyntaxException {
        site = Path.of(SiteCheckersTest.class.getResource("flawed-site").toURI());
        pages = SiteFiles.pages(site);
    }

    @Test
    void linkCheckerReportsEachBrokenLinkAndNoWorkingOne() {
        assertEquals(List.of(
                "acts/art_9.html: ../../outside.html (leads out of the site)",
                "index.html: acts/art_9.html#art_9__para_7 (no element with id \"art_9__para_7\" in acts/art_9.html)",
                "index.html: acts/art_99.html (no file acts/art_99.html)",
                "index.html: /programmes/index.html (root-relative: breaks under file:// and when the site is not at the host's root)",
                "index.html: programmes/ (a folder: file:// shows a listing there, so link to its index.html)",
                "index.html: javascript:void(0) (a scheme a static, offline site cannot serve)",
                "index.html: assets/logo.png (no file assets/logo.png)",
                "index.html: search.html (no file search.html)"),
                new LinkChecker(site).check(pages).stream().map(Object::toString).toList());
    }

    @Test
    void sitemapCheckerReadsLocationsAgainstTheHomePageAddress() {
        assertEquals(List.of("sitemap.xml: https://lexsite.example/acts/art_99.html (no file acts/art_99.html)"),
                new SitemapChecker(site).problems());
    }

    @Test
    void externalResourcesAreLoadsNotLinks() {
        assertEquals(List.of(
                "index.html: <script src=https://cdn.example.com/analytics.js>",
                "index.html: <link rel=stylesheet href=https://fonts.example.com/css?family=Inter>",
                "assets/site.css: https://fonts.example.com/inter.css"),
                new ExternalResources(site).find(pages));
    }

    @Test
    void nuCheckerReportsErrorsWithTheirPlace() {
        List<String> errors = new NuChecker(site).check(pages).stream()
                .filter(NuChecker.Message::error).map(Object::toString).toList();
        assertEquals(List.of("index.html:16:20: error: Duplicate ID “dup”."), errors);
    }
}
