package lexsite.search.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The vocabulary (every word of the {@code words} field with its document count, plus the synonyms' words at 0),
 * twice: by first character in {@code v/<key>} for "is this word known" and completions, which a query needs for
 * each word typed, and by length in {@code v/n<length>} for corrections, which need every word of a similar
 * length and are rare. Each file is one string, "word df" lines in UTF-16 order.
 */
final class VocabularyShards {

    private VocabularyShards() {
    }

    /** The shard key of a word: its first character if a-z or 0-9, else "u" and its hex code. */
    static String key(String word) {
        char c = word.isEmpty() ? '_' : word.charAt(0);
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? String.valueOf(c) : "u" + Integer.toHexString(c);
    }

    /** Writes the shards; returns the keys and the lengths that have one, for the manifest. */
    static Map<String, Object> write(Map<String, Integer> docFreq, ExportFiles files) {
        Map<String, StringBuilder> byKey = new TreeMap<>();
        Map<Integer, StringBuilder> byLength = new TreeMap<>();
        new TreeMap<>(docFreq).forEach((word, df) -> {
            String line = word + " " + df;
            append(byKey.computeIfAbsent(key(word), k -> new StringBuilder()), line);
            append(byLength.computeIfAbsent(word.length(), k -> new StringBuilder()), line);
        });
        byKey.forEach((key, text) -> files.add("v/" + key, text.toString()));
        byLength.forEach((length, text) -> files.add("v/n" + length, text.toString()));
        Map<String, Object> out = new TreeMap<>();
        out.put("keys", new TreeSet<>(byKey.keySet()));
        out.put("lengths", new TreeSet<>(byLength.keySet()));
        return out;
    }

    private static void append(StringBuilder text, String line) {
        if (text.length() > 0) text.append('\n');
        text.append(line);
    }
}
