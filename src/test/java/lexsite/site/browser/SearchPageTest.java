package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import lexsite.search.SearchQualityTest;
import lexsite.site.BuiltSite;
import lexsite.site.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page and the home page's box, opened from disk as a reader would: results as you type, the keyboard,
 * the live region, filters, the address, a hostile query, the page without JavaScript, axe and screenshots.
 */
class SearchPageTest extends ChromiumTest {

    private static final Path SHOTS = Path.of("target/screenshots");

    private ChromeDriver driver() {
        return chromium().driver();
    }

    private SearchPage openSearch(String query) {
        String address = BuiltSite.root().resolve(BuiltSite.page("search.html")).toUri().toString();
        driver().get(query == null ? address : address + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return SearchPage.page(driver());
    }

    @ParameterizedTest
    @EnumSource(Delivery.class)
    void arrowDownAndEnterFollowTheFirstResultToItsAnchor(Delivery delivery) {
        chromium().consoleErrors();
        try (Delivery.OpenSite site = delivery.open(BuiltSite.root())) {
            driver().get(site.page(BuiltSite.page("search.html")));
            followFirstResult(SearchPage.page(driver()).type("family reunification"), delivery);
        }
        assertTrue(chromium().consoleErrors().isEmpty(), "console errors on the way");
    }

    /** ArrowDown from the box, then Enter, lands on the first result's page and anchor. */
    private void followFirstResult(SearchPage search, Delivery delivery) {
        List<WebElement> links = search.links();
        assertFalse(links.isEmpty(), "no results for 'family reunification'");
        String id = links.get(0).getAttribute("data-id");
        assertTrue(SearchQualityTest.accepted(id, List.of("art_33f", "glossary:family-reunification")),
                "the first result for 'family reunification' is " + id);
        URI expected = URI.create(links.get(0).getDomProperty("href"));
        search.input().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver().switchTo().activeElement(), "ArrowDown did not move to the first result");
        driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        landsOn(expected, delivery);
    }

    @Test
    void enterOnACitationGoesStraightToTheProvisionAndBackKeepsTheSearch() {
        SearchPage search = openSearch(null).type("art 24i");
        assertEquals("art_24i", search.ids(1).get(0), "the cited article is not the first result");
        String status = search.awaitStatus();
        assertTrue(status.contains("Press Enter to go to Article 24i"), "the live region says: " + status);
        search.input().sendKeys(Keys.ENTER);
        new WebDriverWait(driver(), SearchPage.PATIENCE).until(d -> d.getCurrentUrl().endsWith("/acts/foreigners-act/art_24i.html#art_24i"));
        assertEquals(1, driver().findElements(By.id("art_24i")).size());

        driver().navigate().back();
        new WebDriverWait(driver(), SearchPage.PATIENCE).until(d -> d.getCurrentUrl().contains("search.html?q=art+24i"));
        SearchPage back = SearchPage.page(driver()).awaitResults("art 24i");
        assertEquals("art 24i", back.input().getDomProperty("value"), "Back lost the query");
        assertTrue(driver().getCurrentUrl().contains("search.html"), "Back to a typed citation jumped again: " + driver().getCurrentUrl());
    }

    @Test
    void theHomeBoxShowsResultsAsYouTypeAndSubmitsToTheSearchPage() {
        openFromDisk("index.html");
        SearchPage home = SearchPage.home(driver()).type("art 24i");
        assertEquals("art_24i", home.ids(1).get(0));
        home.input().sendKeys(Keys.ARROW_DOWN);
        driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        landsOn(URI.create(BuiltSite.root().resolve("acts/foreigners-act/art_24i.html").toUri() + "#art_24i"), Delivery.FILE);

        openFromDisk("index.html");
        SearchPage again = SearchPage.home(driver()).type("residence permit");
        again.input().sendKeys(Keys.ENTER);
        new WebDriverWait(driver(), SearchPage.PATIENCE).until(d -> d.getCurrentUrl().contains("search.html?q=residence+permit"));
        SearchPage page = SearchPage.page(driver()).awaitResults("residence permit");
        assertFalse(page.links().isEmpty(), "the search page shows no results for the home box's query");
    }

    @Test
    void arrowsMoveThroughTheResultsAndEscapeClears() {
        SearchPage search = openSearch(null).type("residence permit");
        List<WebElement> links = search.links();
        assertTrue(links.size() >= 3, "too few results to move through: " + links.size());
        WebElement input = search.input();
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), active());
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), active());
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(2), active());
        active().sendKeys(Keys.ARROW_UP);
        assertEquals(links.get(1), active());
        active().sendKeys(Keys.ARROW_UP);
        active().sendKeys(Keys.ARROW_UP);
        assertEquals(input, active(), "ArrowUp from the first result does not return to the box");
        String status = search.awaitStatus();
        assertTrue(status.matches("(At least )?\\d+ results for “residence permit”\\."), "the live region says: " + status);
        assertTrue(driver().getCurrentUrl().endsWith("search.html?q=residence+permit"), "the address is " + driver().getCurrentUrl());

        active().sendKeys(Keys.ARROW_DOWN);
        active().sendKeys(Keys.ESCAPE);
        assertEquals(input, active(), "Escape does not return to the box");
        assertEquals("", input.getDomProperty("value"));
        assertTrue(search.links().isEmpty(), "Escape left the results");
        assertEquals("", search.status().getText());
        assertTrue(driver().getCurrentUrl().endsWith("search.html"), "the address still has the query: " + driver().getCurrentUrl());
    }

    @Test
    void theLiveRegionSpeaksOnceTypingStops() {
        SearchPage search = openSearch(null);
        driver().executeScript("""
                window.spoken = [];
                new MutationObserver(() => { const t = arguments[0].textContent; if (t) window.spoken.push(t); })
                    .observe(arguments[0], {childList: true, characterData: true, subtree: true});""", search.status());
        WebElement input = search.input();
        for (char c : "detention".toCharArray()) {
            input.sendKeys(String.valueOf(c));
            sleep(120);
        }
        search.awaitResults("detention").awaitStatus();
        sleep(800);
        @SuppressWarnings("unchecked")
        List<String> spoken = (List<String>) driver().executeScript("return window.spoken;");
        assertEquals(1, spoken.size(), () -> Report.of("the live region spoke while the reader typed", spoken));
        assertTrue(spoken.get(0).contains("“detention”"), spoken.get(0));

        search.type("zzqxv");
        String none = search.awaitStatus();
        assertTrue(none.startsWith("No results for “zzqxv”; try"), "for no results the live region says: " + none);
    }

    @Test
    void aHostileQueryShowsAsText() {
        String hostile = "<img src=x onerror=alert(1)> family";
        SearchPage search = openSearch(null).type(hostile);
        String status = search.awaitStatus();
        assertTrue(status.contains(hostile.trim()), "the live region does not show the query as text: " + status);
        assertTrue(driver().findElements(By.cssSelector("main img")).isEmpty(), "the query became an element");
        assertAlertFree();
        @SuppressWarnings("unchecked")
        List<String> tags = (List<String>) driver().executeScript(
                "return Array.from(document.querySelectorAll('#search-results .snippet *')).map(e => e.tagName);");
        assertTrue(tags.stream().allMatch("MARK"::equals), "snippets hold other elements than mark: " + tags);

        openSearch(hostile).awaitResults(hostile);
        assertTrue(driver().findElements(By.cssSelector("main img")).isEmpty(), "the query from the address became an element");
        assertAlertFree();
    }

    @Test
    void filtersNarrowTheResultsAndStayInTheAddress() {
        SearchPage search = openSearch(null).type("return");
        assertTrue(Set.copyOf(search.kinds()).size() > 1, "'return' should find more than one kind: " + search.kinds());
        check("programme");
        search.awaitFilter("programme");
        assertFalse(search.kinds().isEmpty(), "no programme for 'return'");
        assertTrue(search.kinds().stream().allMatch("programme"::equals), "kinds under Programmes: " + search.kinds());
        assertTrue(driver().getCurrentUrl().endsWith("?q=return&kind=programme"), driver().getCurrentUrl());
        check("guide");
        search.awaitFilter("guide");
        assertTrue(search.kinds().stream().allMatch(Set.of("guide", "glossary", "topic")::contains), "kinds under guides: " + search.kinds());

        driver().get(BuiltSite.root().resolve("search.html").toUri() + "?q=return&kind=law");
        SearchPage law = SearchPage.page(driver()).awaitResults("return").awaitFilter("law");
        assertTrue(driver().findElement(By.cssSelector("input[name=kind][value=law]")).isSelected(), "the Act's filter is not checked");
        assertTrue(law.kinds().stream().allMatch("law"::equals), "kinds under the Act: " + law.kinds());
        check("");
        law.awaitFilter("");
        assertTrue(driver().getCurrentUrl().endsWith("?q=return"), driver().getCurrentUrl());
    }

    @Test
    void aGazetteIssueListsTheAmendingActsWordsThenTheProvisionsItChanged() {
        SearchPage search = openSearch(null).type("SG 52/2025");
        WebElement issue = driver().findElement(By.cssSelector("#search-results a.result-link"));
        assertTrue(issue.getDomProperty("href").endsWith("/acts/foreigners-act/gazette/sg-52-2025.html"), issue.getDomProperty("href"));
        List<String> ids = search.ids(100);
        assertEquals("preface", ids.get(0), "the notes naming the amending act come first: " + ids);
        assertTrue(ids.size() > 1 && ids.subList(1, ids.size()).stream().allMatch(id -> id.startsWith("art_") || id.startsWith("sec_")), ids.toString());
    }

    @Test
    void withoutJavaScriptThePageSaysWhatElseToDo() {
        driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            openSearch("family");
            WebElement notice = driver().findElement(By.cssSelector("main noscript, main .notice"));
            assertTrue(notice.getText().contains("Search needs JavaScript"), "no noscript notice: " + notice.getText());
            List<WebElement> links = driver().findElements(By.cssSelector("main .notice a"));
            assertTrue(links.size() >= 4, "the notice offers too few ways on: " + links.size());
            for (WebElement link : links) {
                Path target = Path.of(URI.create(link.getDomProperty("href")).getPath());
                assertTrue(target.toFile().isFile(), "the notice links to a missing page: " + target);
            }
        } finally {
            driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void axeFindsNothingWithResultsShowing(String scheme) {
        Axe axe = Axe.load();
        driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        Axe.Result result;
        try {
            openSearch(null).type("family reunification").awaitStatus();
            result = axe.run(driver());
        } finally {
            driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        System.out.printf("axe on search.html with results, %s: %d violations, %d passes, %d to review (%s)%n",
                scheme, result.violations().size(), result.passes(), result.incomplete(), result.engine());
        result.violations().forEach(violation -> System.out.println("  " + violation));
        assertTrue(result.passes() > 0, "axe ran no rule");
        Axe.Result found = result;
        assertTrue(found.violations().isEmpty(), () -> Report.of("axe on search.html, " + scheme, found.violations().stream().map(Object::toString).toList()));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"search, 390", "search, 1280", "home-search, 390"})
    void screenshotWithResults(String name, int width) throws IOException {
        Path png = SHOTS.resolve(name + "-" + width + ".png");
        boolean home = name.startsWith("home");
        if (home) openFromDisk("index.html");
        else openSearch(null);
        try (EmulatedWidth screen = new EmulatedWidth(driver(), width)) {
            (home ? SearchPage.home(driver()) : SearchPage.page(driver())).type("family reunification").awaitStatus();
            PageLayout layout = screen.layout();
            FullPageScreenshot.write(driver(), layout, png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " is not a PNG");
            System.out.printf("%s: %d x %d px%n", png, image.getWidth(), image.getHeight());
            assertFalse(layout.scrollsSideways(), () -> name + " is " + layout.contentWidth() + " px wide on a " + width + " px screen: see " + png);
        }
    }

    private WebElement active() {
        return driver().switchTo().activeElement();
    }

    private void check(String kind) {
        WebElement radio = driver().findElement(By.cssSelector("input[name=kind][value='" + kind + "']"));
        new Actions(driver()).click(radio).perform();
    }

    /** The browser is on {@code expected} (page and #anchor), and the anchored element is there. */
    private void landsOn(URI expected, Delivery delivery) {
        new WebDriverWait(driver(), SearchPage.PATIENCE)
                .withMessage(() -> "expected " + expected + ", at " + driver().getCurrentUrl())
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(expected.getPath()));
        URI at = URI.create(driver().getCurrentUrl());
        assertEquals(delivery == Delivery.FILE ? "file" : "http", at.getScheme(), "left the site: " + at);
        String fragment = expected.getFragment();
        assertNotNull(fragment, "the result has no #anchor: " + expected);
        assertEquals(fragment, at.getFragment());
        assertEquals(1, driver().findElements(By.id(fragment)).size(), "elements with id " + fragment + " on " + at);
    }

    private void assertAlertFree() {
        try {
            driver().switchTo().alert();
            throw new AssertionError("the hostile query opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
