package lexsite.site;

import java.util.List;
import java.util.stream.Collectors;

/** How the site tests print a list of findings: a heading, then one finding a line. */
public final class Report {

    private Report() {
    }

    public static String of(String heading, List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n  ", heading + ":\n  ", ""));
    }
}
