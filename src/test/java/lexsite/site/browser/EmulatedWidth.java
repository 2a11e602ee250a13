package lexsite.site.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Lays pages out at a given CSS width until closed, through Chromium's DevTools: a headless window cannot be made
 * as narrow as a phone, an emulated screen can. Below 600 pixels it is a phone's (mobile viewport, overlay scrollbars).
 */
public final class EmulatedWidth implements AutoCloseable {

    private final ChromeDriver driver;
    private final int width;

    public EmulatedWidth(ChromeDriver driver, int width) {
        this.driver = driver;
        this.width = width;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The open page as laid out on this screen. */
    public PageLayout layout() {
        return PageLayout.of(driver, width);
    }

    @Override
    public void close() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
