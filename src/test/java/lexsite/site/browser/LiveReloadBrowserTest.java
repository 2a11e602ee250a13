package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import lexsite.serve.LiveReload;
import lexsite.serve.PreviewOverlay;
import lexsite.serve.PreviewServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * serve's script in a real browser: a page reloads by itself when its own bytes change (a preview or a build), stays
 * as it is when only other pages changed, and shows a failed build's errors over itself.
 */
class LiveReloadBrowserTest extends ChromiumTest {

    @Test
    void aPageFollowsItsOwnChangesOnly(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), page("the built page"));
        Files.writeString(site.resolve("other.html"), page("another page"));
        LiveReload live = new LiveReload();
        PreviewOverlay preview = new PreviewOverlay();
        try (PreviewServer server = PreviewServer.start(site, null, 0, live, preview)) {
            ChromeDriver browser = chromium().driver();
            browser.get(server.uri() + "index.html");
            JavascriptExecutor js = browser;
            js.executeScript("window.lexsiteMark = 'not reloaded';");
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> live.viewed().contains("index.html"));

            Files.writeString(site.resolve("other.html"), page("another page, rebuilt"));
            live.built();
            Thread.sleep(1500); // the script has asked for news and compared this page's ETag by now
            assertEquals("not reloaded", js.executeScript("return window.lexsiteMark;"), "a page reloaded though its bytes did not change");

            preview.show(Map.of("index.html", page("the previewed page").getBytes(StandardCharsets.UTF_8)), 1);
            live.built();
            new WebDriverWait(browser, Duration.ofSeconds(5)) // the page reloads under the wait: its old elements go stale
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().equals("the previewed page"));

            live.failed("content/acts/a/en/2025-06-30.txt:3: error: the article has no text [content]");
            String shown = new WebDriverWait(browser, Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("lexsite-build-error")).isEmpty() ? null
                            : d.findElement(By.id("lexsite-build-error")).getText());
            assertEquals(true, shown.contains("2025-06-30.txt:3: error: the article has no text"), shown);
            assertEquals("the previewed page", browser.findElement(By.tagName("h1")).getText(), "the last good page went");
        }
    }

    private static String page(String heading) {
        return "<!doctype html><html lang=\"en\"><head><title>t</title></head><body><h1>" + heading + "</h1></body></html>";
    }
}
