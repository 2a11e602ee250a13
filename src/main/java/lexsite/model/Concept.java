package lexsite.model;

import java.util.List;

/**
 * A subject readers name in their own words and the law names in its own, from {@code content/concepts.yaml}: a
 * reader asks about "detention", the act says "compulsory accommodation in a special centre". Search gives every
 * passage that uses one of the law's phrases the reader's words too, so a question in plain words finds it.
 *
 * @param words the reader's words and phrases; other forms match too, since search compares English stems
 * @param law   the act's phrases for the subject; a passage that has one (compared by stems) gets {@code words}
 * @param file  the file it is defined in, relative to the project
 * @param line  the line where it is defined, for diagnostics
 */
public record Concept(String id, List<String> words, List<String> law, String file, int line) implements java.io.Serializable {

    public Concept {
        words = List.copyOf(words);
        law = List.copyOf(law);
    }
}
