package lexsite.site.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lexsite.site.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core's WCAG 2.1 A and AA rules find nothing serious or critical on each kind of page. */
class AxeTest extends ChromiumTest {

    private static Axe axe;

    @BeforeEach
    void loadAxe() {
        if (axe == null) axe = Axe.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "index.html",
        "acts/foreigners-act/art_24i.html",
        "acts/foreigners-act/gazette/sg-52-2025.html",
        "programmes/iom-bg-voluntary-return.html",
    })
    void noSeriousOrCriticalViolations(String page) {
        openFromDisk(page);
        Axe.Result result = axe.run(chromium().driver());
        System.out.printf("axe on %s: %d violations, %d passes, %d to review (%s)%n",
                page, result.violations().size(), result.passes(), result.incomplete(), result.engine());
        result.violations().forEach(violation -> System.out.println("  " + violation));
        assertTrue(result.passes() > 0, "axe ran no rule on " + page + ": is the page empty?");
        List<String> serious = result.violations().stream().filter(Axe.Violation::seriousOrCritical).map(Object::toString).toList();
        assertTrue(serious.isEmpty(), () -> Report.of(page + ": serious or critical violations", serious));
    }
}
