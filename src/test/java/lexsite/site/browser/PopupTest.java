package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The citation popup, opened from disk: it shows the cited text on keyboard focus and on hover, and Escape closes it. */
class PopupTest extends ChromiumTest {

    /** Article 15 cites Article 9e(1), whose text lives on another page and travels in art_15.html for the popup. */
    private static final String ARTICLE = "acts/foreigners-act/art_15.html";
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Test
    void tabbingToACitationShowsTheCitedTextAndEscapeClosesIt() {
        ChromeDriver driver = chromium().driver();
        openFromDisk(ARTICLE);
        WebElement link = firstCrossPageCitation(driver);
        String target = link.getAttribute("data-target");
        String cited = driver.findElement(By.id("pop-" + target)).getAttribute("textContent").strip();

        for (int i = 0; i < 300 && !link.equals(driver.switchTo().activeElement()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals(link, driver.switchTo().activeElement(), "the citation cannot be reached with Tab");
        WebElement popup = visiblePopup(driver);
        assertEquals("citation-popup", link.getAttribute("aria-describedby"), "screen readers are not told about the popup");
        String firstLine = cited.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        assertTrue(popup.getText().contains(firstLine), "the popup shows '" + popup.getText() + "', not the cited text '" + firstLine + "'");

        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(driver, PATIENCE).withMessage("Escape did not close the popup").until(d -> !popup.isDisplayed());
        assertFalse(link.getAttribute("aria-describedby") != null, "the link still points at a closed popup");
    }

    @Test
    void hoveringOverACitationShowsThePopup() {
        ChromeDriver driver = chromium().driver();
        openFromDisk(ARTICLE);
        WebElement link = firstCrossPageCitation(driver);
        new Actions(driver).moveToElement(link).perform();
        WebElement popup = visiblePopup(driver);
        assertTrue(popup.getText().startsWith("Article "), "the popup names the cited provision: " + popup.getText());
    }

    private static WebElement firstCrossPageCitation(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("a.xref[data-target]")).stream()
                .filter(a -> !driver.findElements(By.id("pop-" + a.getAttribute("data-target"))).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError(ARTICLE + " has no citation of another page's provision"));
    }

    private static WebElement visiblePopup(ChromeDriver driver) {
        return new WebDriverWait(driver, PATIENCE).withMessage("no popup appeared").until(d -> {
            var found = d.findElements(By.id("citation-popup"));
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }
}
