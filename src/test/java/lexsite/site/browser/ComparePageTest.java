package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.site.Report;
import lexsite.site.VersionedSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The comparison pages of an act in three versions (lexsite.site.VersionedSite), in Chromium from disk: a reader moves
 * from change to change with the keyboard alone, and axe finds nothing serious on a phone or a desktop.
 */
class ComparePageTest extends ChromiumTest {

    private static final String WHOLE_ACT = "acts/foreigners-act/compare/2020-01-01--2022-01-01.html";
    private static final String ONE_ARTICLE = "acts/foreigners-act/compare/2020-01-01--2024-01-01/art_6.html";
    private static Axe axe;

    @BeforeEach
    void loadAxe() {
        if (axe == null) axe = Axe.load();
    }

    private static ChromeDriver open(String page) {
        ChromeDriver driver = chromium().driver();
        driver.get(VersionedSite.root().resolve(page).toUri().toString());
        return driver;
    }

    /** Tab to the first link of the list of changes, Enter, and then from one change to the next by its link. */
    @Test
    void aReaderMovesThroughTheChangesWithTheKeyboard() {
        ChromeDriver driver = open(WHOLE_ACT);
        List<WebElement> links = driver.findElements(By.cssSelector(".change-nav a"));
        assertTrue(links.size() >= 3, "changes listed: " + links.size());
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        WebElement focused = null;
        for (int i = 0; i < 40; i++) { // Tab until the first change link has the focus, as a keyboard user would
            body.sendKeys(Keys.TAB);
            focused = driver.switchTo().activeElement();
            if (focused.equals(links.get(0))) break;
        }
        assertEquals(links.get(0), focused, "Tab never reached the first change");
        focused.sendKeys(Keys.ENTER);
        assertEquals("change-1", driver.switchTo().activeElement().getAttribute("id"), "Enter moves the focus to the change");
        for (int n = 2; n <= links.size(); n++) {
            WebElement next = null;
            for (int i = 0; i < 20 && next == null; i++) {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
                WebElement now = driver.switchTo().activeElement();
                if ("Next change".equals(now.getText())) next = now;
            }
            assertTrue(next != null, "no 'Next change' link after change " + (n - 1));
            next.sendKeys(Keys.ENTER);
            assertEquals("change-" + n, driver.switchTo().activeElement().getAttribute("id"));
        }
    }

    @Test
    void aChangeInsideAnArticleIsReachedByItsLink() {
        ChromeDriver driver = open(ONE_ARTICLE);
        driver.findElement(By.cssSelector(".change-nav a[href='#change-1']")).sendKeys(Keys.ENTER);
        WebElement change = driver.switchTo().activeElement();
        assertEquals("change-1", change.getAttribute("id"));
        assertTrue(List.of("del", "ins").contains(change.getTagName()), change.getTagName());
        assertTrue(change.getText().contains("100") || change.getText().contains("200"), change.getText());
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void axeFindsNothingSeriousOnAComparisonOrAVersionedArticle(int width) {
        for (String page : List.of(WHOLE_ACT, ONE_ARTICLE, "acts/foreigners-act/versions.html", "acts/foreigners-act/2020-01-01/art_5a.html")) {
            ChromeDriver driver = open(page);
            try (EmulatedWidth screen = new EmulatedWidth(driver, width)) {
                Axe.Result result = axe.run(driver);
                System.out.printf("axe on %s at %d px: %d violations, %d passes%n", page, width, result.violations().size(), result.passes());
                List<String> serious = result.violations().stream().filter(Axe.Violation::seriousOrCritical).map(Object::toString).toList();
                assertTrue(serious.isEmpty(), () -> Report.of(page + " at " + width + " px", serious));
                assertEquals(0, result.violations().size(), result.violations().toString());
            }
        }
    }
}
