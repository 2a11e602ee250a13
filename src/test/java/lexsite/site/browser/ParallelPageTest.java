package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.site.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The parallel view of the EES article's two wordings in Chromium from disk: on a phone the two alternate in one
 * column, on a desktop they stand side by side, the page never scrolls sideways, and axe finds no violation.
 */
class ParallelPageTest extends ChromiumTest {

    private static final String EES = "acts/foreigners-act/parallel/wordings/art_9m__alt_1.html";
    private static Axe axe;

    @BeforeEach
    void loadAxe() {
        if (axe == null) axe = Axe.load();
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theWordingsAlternateOnAPhoneAndStandSideBySideOnADesktop(int width) {
        openFromDisk(EES);
        ChromeDriver driver = chromium().driver();
        try (EmulatedWidth screen = new EmulatedWidth(driver, width)) {
            assertFalse(screen.layout().scrollsSideways(), "the page scrolls sideways at " + width + " px");
            List<WebElement> rows = driver.findElements(By.cssSelector(".prow"));
            assertTrue(rows.size() >= 4, "rows: " + rows.size());
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.cssSelector(".pcell"));
                assertEquals(2, cells.size());
                Rectangle first = cells.get(0).getRect(), second = cells.get(1).getRect();
                if (width < 600) {
                    assertTrue(second.getY() >= first.getY() + first.getHeight(), "on a phone the second wording follows the first");
                } else {
                    assertEquals(first.getY(), second.getY(), "on a desktop the wordings stand side by side");
                    assertTrue(second.getX() >= first.getX() + first.getWidth(), "the second wording is to the right");
                }
            }
            assertFalse(driver.findElements(By.cssSelector(".ptext del, .ptext ins")).isEmpty(), "the differences are marked");
            Axe.Result result = axe.run(driver);
            System.out.printf("axe on %s at %d px: %d violations, %d passes%n", EES, width, result.violations().size(), result.passes());
            List<String> violations = result.violations().stream().map(Object::toString).toList();
            assertTrue(violations.isEmpty(), () -> Report.of(EES + " at " + width + " px", violations));
        }
    }
}
