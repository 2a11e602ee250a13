package lexsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lexsite.check.site.SiteFiles;
import org.junit.jupiter.api.Test;

/** The pages of an act in three versions: each at its stable address, every pair compared, valid HTML throughout. */
class VersionedSiteTest {

    private static String page(String path) throws IOException {
        return Files.readString(VersionedSite.root().resolve(path));
    }

    @Test
    void everyVersionHasItsStableAddressAndTheCurrentOneKeepsTodays() throws IOException {
        assertTrue(page("acts/foreigners-act/art_6.html").contains("200 levs"));
        assertTrue(page("acts/foreigners-act/2024-01-01/art_6.html").contains("200 levs"));
        assertTrue(page("acts/foreigners-act/2020-01-01/art_6.html").contains("100 levs"));
        assertTrue(page("acts/foreigners-act/art_5b.html").contains("Markets may open on Sundays."));
        assertFalse(Files.exists(VersionedSite.root().resolve("acts/foreigners-act/art_5a.html")));
    }

    @Test
    void anArticlePageSaysWhichVersionItShowsAndLinksToTheOthers() throws IOException {
        String old = page("acts/foreigners-act/2020-01-01/art_5a.html");
        assertTrue(old.contains("Text in force from <strong>1 January 2020</strong>"), old);
        assertTrue(old.contains("href=\"../2024-01-01/art_5b.html\""), "followed to its new number");
        assertTrue(old.contains("numbered 5b in this version"));
        String current = page("acts/foreigners-act/art_5.html");
        assertTrue(current.contains("(the current version)"));
        assertTrue(current.contains("href=\"compare/2020-01-01--2024-01-01/art_5.html\""), current);
    }

    @Test
    void everyPairOfVersionsIsComparedAndTheGazettePagesLeadThere() throws IOException {
        for (String pair : List.of("2020-01-01--2022-01-01", "2020-01-01--2024-01-01", "2022-01-01--2024-01-01")) {
            assertTrue(Files.isRegularFile(VersionedSite.root().resolve("acts/foreigners-act/compare/" + pair + ".html")), pair);
        }
        String changed = page("acts/foreigners-act/compare/2020-01-01--2022-01-01.html");
        assertTrue(changed.contains("Article 2a: new") && changed.contains("Article 3: repealed"), changed);
        assertTrue(page("acts/foreigners-act/gazette/sg-20-2022.html").contains("../compare/2020-01-01--2022-01-01.html"));
        assertTrue(page("acts/foreigners-act/gazette/sg-5-2019.html").contains("no longer name this issue"));
        assertTrue(page("feed.xml").contains("New version in force from 1 January 2024 (SG 8/2024)"));
    }

    @Test
    void theVersionPagesAreValidHtml() {
        Path site = VersionedSite.root();
        List<Path> pages = SiteFiles.pages(site);
        List<String> errors = new NuChecker(site).check(pages).stream().filter(NuChecker.Message::error).map(Object::toString).toList();
        assertTrue(errors.isEmpty(), () -> Report.of(errors.size() + " errors in " + pages.size() + " pages", errors));
        assertEquals(true, pages.size() > 20);
    }
}
