package lexsite.site;

import lexsite.check.site.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every page of the built site passes the W3C Nu HTML Checker with no errors; warnings are only printed. */
class NuValidatorTest {

    @Test
    void everyPageIsValidHtml() {
        Path site = BuiltSite.root();
        List<Path> pages = SiteFiles.pages(site);
        assertFalse(pages.isEmpty(), "the built site has no .html page under " + site);
        List<NuChecker.Message> messages = new NuChecker(site).check(pages);
        printWarnings(messages.stream().filter(message -> !message.error()).toList());
        List<String> errors = messages.stream().filter(NuChecker.Message::error).map(Object::toString).toList();
        assertTrue(errors.isEmpty(), () -> Report.of(errors.size() + " errors in " + pages.size() + " pages", errors));
    }

    /** Once per wording, with how often and where first: a template's warning repeats on every page. */
    private static void printWarnings(List<NuChecker.Message> warnings) {
        if (warnings.isEmpty()) return;
        Map<String, List<NuChecker.Message>> byText = warnings.stream()
                .collect(Collectors.groupingBy(NuChecker.Message::text, LinkedHashMap::new, Collectors.toList()));
        List<String> lines = byText.values().stream()
                .map(same -> same.size() + "×, first " + same.get(0))
                .toList();
        System.out.println(Report.of(warnings.size() + " warnings from the Nu HTML Checker", lines));
    }
}
