package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.site.BuiltSite;
import lexsite.site.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's way through the site in a real browser, from disk and from a server: the home page, an article, one of
 * its cross-references into another article, and a State Gazette badge to that issue's page. The console stays clean.
 */
class BrowserJourneyTest extends ChromiumTest {

    /** Article 15 cites Article 9e(1) and Article 23a, so its page has cross-references into other articles. */
    private static final String ARTICLE = "acts/foreigners-act/art_15.html";
    private static final Pattern ARTICLE_PAGE = Pattern.compile("/art_[^/]+\\.html$");
    private static final Pattern ISSUE_PAGE = Pattern.compile("/sg-(\\d+)-(\\d{4})\\.html$");
    /** How long a click may take to land; a bound for a hung page, not a performance target. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private ChromeDriver driver;
    private final List<String> consoleErrors = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(Delivery.class)
    void homeArticleCrossReferenceAndGazette(Delivery delivery) {
        driver = chromium().driver();
        chromium().consoleErrors();
        try (Delivery.OpenSite site = delivery.open(BuiltSite.root())) {
            driver.get(site.page(BuiltSite.page("index.html")));
            assertFalse(driver.getTitle().isBlank(), "the home page has no title");
            collectConsoleErrors();

            driver.get(site.page(BuiltSite.page(ARTICLE)));
            followCrossReferenceToAnotherArticle();
            followGazetteBadge();
            collectConsoleErrors();
        }
        assertTrue(consoleErrors.isEmpty(), () -> Report.of("console errors over " + delivery, consoleErrors));
    }

    /** Clicks the page's first a.xref into another article; the target element must be there and in view. */
    private void followCrossReferenceToAnotherArticle() {
        String here = path(driver.getCurrentUrl());
        WebElement xref = driver.findElements(By.cssSelector("a.xref")).stream()
                .filter(link -> !path(href(link)).equals(here) && ARTICLE_PAGE.matcher(path(href(link))).find())
                .findFirst()
                .orElseThrow(() -> new AssertionError(ARTICLE + " has no a.xref into another article page"));
        URI expected = URI.create(href(xref));
        String fragment = expected.getFragment();
        assertTrue(fragment != null && !fragment.isEmpty(), "the cross-reference names no element: " + expected);
        collectConsoleErrors();
        xref.click();
        new WebDriverWait(driver, PATIENCE).until(d -> path(d.getCurrentUrl()).equals(expected.getPath()));
        assertEquals(fragment, URI.create(driver.getCurrentUrl()).getFragment(), "the URL's #hash after following " + expected);
        List<WebElement> targets = driver.findElements(By.id(fragment));
        assertEquals(1, targets.size(), "elements with id " + fragment + " on " + driver.getCurrentUrl());
        WebElement target = targets.get(0);
        assertTrue(target.isDisplayed(), fragment + " is hidden");
        new WebDriverWait(driver, PATIENCE).withMessage(fragment + " was not scrolled into view").until(d -> inViewport(target));
    }

    /** Clicks the page's first a.gazette badge; the issue's page must name the issue in its h1. */
    private void followGazetteBadge() {
        WebElement badge = driver.findElements(By.cssSelector("a.gazette")).stream().findFirst()
                .orElseThrow(() -> new AssertionError(driver.getCurrentUrl() + " has no a.gazette badge"));
        Matcher issue = ISSUE_PAGE.matcher(path(href(badge)));
        assertTrue(issue.find(), "the gazette badge does not lead to a gazette/sg-NUMBER-YEAR.html page: " + href(badge));
        collectConsoleErrors();
        badge.click();
        new WebDriverWait(driver, PATIENCE).until(d -> ISSUE_PAGE.matcher(path(d.getCurrentUrl())).find());
        String heading = driver.findElement(By.tagName("h1")).getText();
        assertTrue(heading.matches("(?s).*\\b" + issue.group(1) + "\\b.*\\b" + issue.group(2) + "\\b.*"),
                "the h1 of " + driver.getCurrentUrl() + " does not name issue " + issue.group(1) + "/" + issue.group(2) + ": " + heading);
    }

    private boolean inViewport(WebElement element) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", element));
    }

    /** Called before leaving each page, so each error is filed under the page that logged it. */
    private void collectConsoleErrors() {
        String page = driver.getCurrentUrl();
        chromium().consoleErrors().forEach(error -> consoleErrors.add(page + ": " + error));
    }

    /** The link's address as the browser resolved it. */
    private static String href(WebElement link) {
        return link.getDomProperty("href");
    }

    private static String path(String url) {
        String path = URI.create(url).getPath();
        return path == null ? "" : path;
    }
}
