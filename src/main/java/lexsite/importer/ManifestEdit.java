package lexsite.importer;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.ActVersion;

/**
 * Edits to act.yaml and pins.yaml made as a maintainer would make them, line by line, so their comments and layout
 * stay as they were: a version appended to the `versions:` list, a pin given the first words its article has in a
 * new version.
 */
final class ManifestEdit {

    private ManifestEdit() {
    }

    /** {@code manifest} (act.yaml's lines) with {@code version} appended to its `versions:` list. */
    static List<String> withVersion(List<String> manifest, ActVersion version) {
        int start = -1;
        for (int i = 0; i < manifest.size(); i++) if (manifest.get(i).startsWith("versions:")) start = i;
        if (start < 0) throw new IllegalArgumentException("act.yaml has no 'versions:' list");
        int end = start + 1; // the list runs to the next top-level key, or the end
        String indent = "  ";
        for (int i = start + 1; i < manifest.size(); i++) {
            String line = manifest.get(i);
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) break;
            if (line.stripLeading().startsWith("- ")) indent = line.substring(0, line.indexOf('-'));
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) end = i + 1;
        }
        List<String> out = new ArrayList<>(manifest.subList(0, end));
        String in = indent + "  ";
        out.add(indent + "- gazette: {number: " + version.gazette().number() + ", year: " + version.gazette().year() + "}");
        out.add(in + "gazette-date: " + version.gazetteDate());
        out.add(in + "effective: " + version.effective());
        out.add(in + "language: " + version.language());
        out.add(in + "file: " + version.file());
        out.add(in + "source: >-");
        out.add(in + "  " + version.source());
        out.add(in + "disclaimer: >-");
        out.add(in + "  " + version.disclaimer());
        out.addAll(manifest.subList(end, manifest.size()));
        return out;
    }

    /** {@code pins} (pins.yaml's lines) with {@code starts} added to the `also-starts` of the pin at line {@code pinLine}. */
    static List<String> withAlsoStarts(List<String> pins, int pinLine, String starts) {
        List<String> out = new ArrayList<>(pins);
        int key = Math.max(0, out.get(pinLine - 1).indexOf("starts:"));
        for (int i = pinLine; i < out.size(); i++) { // the pin's own lines are those indented as far as its keys
            String line = out.get(i);
            if (line.isBlank() || line.length() <= key || !line.substring(0, key).isBlank() || line.charAt(key) == ' ') break;
            if (line.startsWith("also-starts: [", key) && line.endsWith("]")) {
                out.set(i, line.substring(0, line.length() - 1) + ", " + quoted(starts) + "]");
                return out;
            }
        }
        out.add(pinLine, " ".repeat(key) + "also-starts: [" + quoted(starts) + "]");
        return out;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
