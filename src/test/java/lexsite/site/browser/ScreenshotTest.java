package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Full-page screenshots of the home page and an article on a phone and on a desktop, into target/screenshots/ for a
 * person to look at. No page may be wider than the screen: the reader would have to scroll sideways.
 */
class ScreenshotTest extends ChromiumTest {

    private static final Path SHOTS = Path.of("target/screenshots");

    @ParameterizedTest(name = "{0}-{2}")
    @CsvSource({
        "home, index.html, 390", "home, index.html, 1280",
        "article, acts/foreigners-act/art_24i.html, 390", "article, acts/foreigners-act/art_24i.html, 1280",
    })
    void wholePageAtWidth(String name, String page, int width) throws IOException {
        Path png = SHOTS.resolve(name + "-" + width + ".png");
        openFromDisk(page);
        PageLayout layout;
        try (EmulatedWidth screen = new EmulatedWidth(chromium().driver(), width)) {
            layout = screen.layout();
            FullPageScreenshot.write(chromium().driver(), layout, png);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not a PNG");
        assertEquals(Math.ceil(layout.contentHeight()), image.getHeight(), png + ": the picture is not the whole page");
        System.out.printf("%s: %d x %d px%n", png, image.getWidth(), image.getHeight());
        assertFalse(layout.scrollsSideways(),
                () -> page + " is " + layout.contentWidth() + " px wide on a " + layout.screenWidth() + " px screen: see " + png);
    }
}
