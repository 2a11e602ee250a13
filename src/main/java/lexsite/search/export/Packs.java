package lexsite.search.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packs many small keyed strings (postings tails, positions) into files {@code <prefix>/<n>} of about {@link #CHARS}
 * characters each, so a query loads one small file per list it needs rather than one file per term, and a long
 * list gets a file of its own. Keys go in the order added, which is deterministic.
 */
final class Packs {

    static final int CHARS = 6000;

    private final ExportFiles files;
    private final String prefix;
    private Map<String, String> current = new LinkedHashMap<>();
    private int size;
    private int number;

    Packs(ExportFiles files, String prefix) {
        this.files = files;
        this.prefix = prefix;
    }

    /** Puts {@code value} under {@code key}; returns the number of the pack it is in. */
    int add(String key, String value) {
        if (size > 0 && size + value.length() > CHARS) flush();
        current.put(key, value);
        size += key.length() + value.length();
        return number;
    }

    void flush() {
        if (current.isEmpty()) return;
        files.add(prefix + "/" + number, current);
        current = new LinkedHashMap<>();
        size = 0;
        number++;
    }
}
