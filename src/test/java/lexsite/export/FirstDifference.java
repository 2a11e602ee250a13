package lexsite.export;

import java.util.List;

/** Where two models first differ, in words short enough to read in a failed test's message. */
public final class FirstDifference {

    private FirstDifference() {
    }

    /** The first pair of elements that differ, each shown around the first character where their texts part. */
    public static String of(List<?> expected, List<?> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) return "#" + i + ": " + of(expected.get(i).toString(), actual.get(i).toString());
        }
        return expected.size() == actual.size() ? "none" : "sizes " + expected.size() + " and " + actual.size();
    }

    static String of(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 120);
        return "expected …" + a.substring(from, Math.min(a.length(), i + 80)) + "… but was …" + b.substring(from, Math.min(b.length(), i + 80)) + "…";
    }
}
