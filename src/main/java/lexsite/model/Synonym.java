package lexsite.model;

import java.util.List;

/**
 * A word readers type that the content does not use, with the content's own words for it, from
 * {@code content/synonyms.yaml}: a search for "deportation" also looks for "expulsion" and "return".
 *
 * @param word  the reader's word; its other forms match too ("deported", "deporting"), since search compares stems
 * @param means the content's words or phrases for it
 * @param file  the file it is defined in, relative to the project
 * @param line  the line where it is defined, for diagnostics
 */
public record Synonym(String word, List<String> means, String file, int line) implements java.io.Serializable {

    public Synonym {
        means = List.copyOf(means);
    }
}
