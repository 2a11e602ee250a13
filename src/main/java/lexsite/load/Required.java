package lexsite.load;

import java.util.List;

/** Jackson's {@code required} only asks that a key be present; these also refuse a key left empty. */
final class Required {

    private Required() {
    }

    static String text(String file, int line, String key, String value) {
        if (value == null || value.isBlank()) throw new ContentError(file, line, "'" + key + "' has no value");
        return value.strip();
    }

    /** A required list may be empty: {@code articles:} with nothing after it reads as null and means {@code []}. */
    static List<String> list(List<String> value) {
        return value == null ? List.of() : value;
    }
}
