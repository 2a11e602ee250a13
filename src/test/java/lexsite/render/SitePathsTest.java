package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitePathsTest {

    @ParameterizedTest
    @CsvSource({
            "index.html, acts/foreigners-act/art_9.html, acts/foreigners-act/art_9.html",
            "acts/foreigners-act/art_9.html, acts/foreigners-act/art_24i.html, art_24i.html",
            "acts/foreigners-act/art_9.html, index.html, ../../index.html",
            "acts/foreigners-act/gazette/sg-52-2025.html, acts/foreigners-act/art_9.html, ../art_9.html",
            "programmes/iom-romania.html, acts/foreigners-act/art_9.html, ../acts/foreigners-act/art_9.html",
            "acts/foreigners-act/art_9.html, acts/foreigners-act/art_9.html, art_9.html",
    })
    void linksAreRelativeToThePage(String from, String to, String expected) {
        assertEquals(expected, SitePaths.relative(from, to));
    }
}
