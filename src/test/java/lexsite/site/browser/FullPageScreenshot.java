package lexsite.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A picture of the whole page, not only the window: WebDriver's own screenshot stops at the window's edge in
 * Chromium, so this asks Chromium's DevTools, which chromedriver passes commands on to.
 */
public final class FullPageScreenshot {

    private FullPageScreenshot() {
    }

    /** Writes the open page as PNG, one pixel per CSS pixel, as wide and as tall as its content. */
    public static void write(ChromeDriver driver, PageLayout layout, Path png) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", Math.ceil(layout.contentWidth()), "height", Math.ceil(layout.contentHeight()))));
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }
}
