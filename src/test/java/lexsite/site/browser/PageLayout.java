package lexsite.site.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How big the open page is laid out, in CSS pixels, as Chromium's DevTools report it.
 *
 * @param contentWidth  the width of everything on the page
 * @param contentHeight the height of everything on the page
 * @param screenWidth   the width the reader sees, less a desktop scrollbar
 */
public record PageLayout(double contentWidth, double contentHeight, double screenWidth) {

    /**
     * Reads the layout on a screen {@code width} pixels wide. A phone zooms out to fit content wider than itself and
     * then reports that wider viewport, so the screen's own width bounds what the reader sees.
     */
    public static PageLayout of(ChromeDriver driver, int width) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        Map<?, ?> viewport = (Map<?, ?>) metrics.get("cssLayoutViewport");
        return new PageLayout(number(content, "width"), number(content, "height"), Math.min(width, number(viewport, "clientWidth")));
    }

    /** Whether the reader has to scroll sideways, or zoom out, to see all of it. */
    public boolean scrollsSideways() {
        return contentWidth > screenWidth;
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
