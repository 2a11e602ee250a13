package lexsite.site.browser;

import lexsite.site.BuiltSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Chromium for all the tests of a class. It is started before each test rather than once before all, so that
 * where it is not installed each test is reported as skipped (Surefire counts no test of a class skipped as a whole).
 */
abstract class ChromiumTest {

    private static Chromium chromium;

    @BeforeEach
    void startChromium() {
        if (chromium == null) chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium == null) return;
        chromium.close();
        chromium = null;
    }

    static Chromium chromium() {
        return chromium;
    }

    /** Opens a page of the built site, given by its path inside the site, from disk as a reader would. */
    static void openFromDisk(String page) {
        chromium.driver().get(BuiltSite.root().resolve(BuiltSite.page(page)).toUri().toString());
    }
}
