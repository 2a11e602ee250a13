package lexsite.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every word of the content as typed (the unstemmed {@code words} field), with how many documents hold it, plus
 * the synonyms' own words, which the content lacks but readers type. Unknown query words are completed (prefix) or
 * corrected (edit distance) against it; the browser client receives the same list and applies the same rules.
 */
public final class Vocabulary {

    /** Words this long or longer may be corrected; shorter ones are too easily mistaken for others. */
    public static final int FUZZY_MIN_LENGTH = 5;
    /** Words this long or longer may be two edits away; shorter ones one. */
    public static final int TWO_EDITS_LENGTH = 8;
    /** Shorter beginnings ("me", "in") are mostly whole words the content lacks, and complete to noise. */
    public static final int COMPLETION_MIN_LENGTH = 3;
    public static final int MAX_CORRECTIONS = 3;
    public static final int MAX_COMPLETIONS = 5;

    private final TreeMap<String, Integer> docFreq;

    /** @param docFreq word → number of documents holding it (0 for a synonym the content lacks) */
    public Vocabulary(Map<String, Integer> docFreq) {
        this.docFreq = new TreeMap<>(docFreq);
    }

    public boolean contains(String word) {
        return docFreq.containsKey(word);
    }

    /** word → document frequency, in word order. */
    public Map<String, Integer> docFreq() {
        return java.util.Collections.unmodifiableSortedMap(docFreq);
    }

    /** The commonest words that start with {@code prefix} and are longer than it. */
    List<String> completions(String prefix) {
        List<String> out = new ArrayList<>(docFreq.subMap(prefix, false, prefix + Character.MAX_VALUE, false).keySet());
        out.sort(byFrequency());
        return out.subList(0, Math.min(MAX_COMPLETIONS, out.size()));
    }

    /** The words nearest to {@code word} (one edit, or two for long words), commonest first; none for short words. */
    List<String> corrections(String word) {
        if (word.length() < FUZZY_MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) return List.of();
        int maxEdits = word.length() >= TWO_EDITS_LENGTH ? 2 : 1;
        for (int edits = 1; edits <= maxEdits; edits++) {
            List<String> found = new ArrayList<>();
            for (String candidate : docFreq.keySet()) {
                if (Math.abs(candidate.length() - word.length()) <= edits && EditDistance.of(word, candidate, edits) == edits) {
                    found.add(candidate);
                }
            }
            if (!found.isEmpty()) {
                found.sort(byFrequency());
                return found.subList(0, Math.min(MAX_CORRECTIONS, found.size()));
            }
        }
        return List.of();
    }

    /** Commonest first; equal counts in word order (UTF-16 code units, as JavaScript compares strings). */
    private Comparator<String> byFrequency() {
        return Comparator.<String>comparingInt(docFreq::get).reversed().thenComparing(Comparator.naturalOrder());
    }
}
