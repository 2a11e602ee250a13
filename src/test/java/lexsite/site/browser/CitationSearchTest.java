package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import lexsite.site.BuiltSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** From disk, a citation or a gazette issue typed into search goes straight to its page and anchor. */
class CitationSearchTest extends ChromiumTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "art 24i|/acts/foreigners-act/art_24i.html#art_24i",
            "Article 15(1)|/acts/foreigners-act/art_15.html#art_15__para_1",
            "art. 24, para 2|/acts/foreigners-act/art_24.html#art_24__para_2",
            "чл. 24и|/acts/foreigners-act/art_24i.html#art_24i",
            "SG 52/2025|/acts/foreigners-act/gazette/sg-52-2025.html",
            "State Gazette No. 97 of 2016|/acts/foreigners-act/gazette/sg-97-2016.html",
    })
    void goesStraightToTheProvision(String query, String expectedEnd) {
        ChromeDriver driver = chromium().driver();
        String search = BuiltSite.root().resolve(BuiltSite.page("search.html")).toUri() + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        driver.get(search);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .withMessage(() -> "'" + query + "' stayed at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().endsWith(expectedEnd));
        assertTrue(driver.getCurrentUrl().startsWith("file:"));
    }
}
