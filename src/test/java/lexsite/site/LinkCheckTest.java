package lexsite.site;

import lexsite.check.site.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every link of the built site leads somewhere, and nothing is loaded from another host. */
class LinkCheckTest {

    private static Path site;
    private static List<Path> pages;

    @BeforeAll
    static void build() {
        site = BuiltSite.root();
        pages = SiteFiles.pages(site);
    }

    @Test
    void everyLinkReachesAFileAndItsFragment() {
        assertFalse(pages.isEmpty(), "the built site has no .html page under " + site);
        List<String> broken = Stream.concat(
                new LinkChecker(site).check(pages).stream().map(LinkChecker.BrokenLink::toString),
                new SitemapChecker(site).problems().stream()).toList();
        assertTrue(broken.isEmpty(), () -> Report.of(broken.size() + " broken links", broken));
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        assertFalse(pages.isEmpty(), "the built site has no .html page under " + site);
        List<String> external = new ExternalResources(site).find(pages);
        assertTrue(external.isEmpty(), () -> Report.of(external.size() + " loads from other hosts", external));
    }
}
