package lexsite.site.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashSet;
import java.util.Set;

/**
 * Skips a test whose tool is not installed. The reason is also printed, once: Surefire's console shows that tests
 * were skipped but not why.
 */
final class Prerequisite {

    private static final Set<String> PRINTED = new HashSet<>();

    private Prerequisite() {
    }

    static synchronized void require(boolean present, String whyNot) {
        if (!present && PRINTED.add(whyNot)) System.out.println("skipped: " + whyNot);
        assumeTrue(present, whyNot);
    }
}
