package lexsite.model;

import java.util.List;

/**
 * A term a migrant meets, from {@code content/glossary.yaml}.
 *
 * @param plain    a short editorial explanation in plain language; never a legal definition
 * @param articles the article numbers where the act deals with the term
 * @param file     the file the entry is defined in, relative to the project
 * @param line     the line where the entry starts, for diagnostics
 */
public record GlossaryEntry(String id, String term, String plain, List<String> articles, String file, int line) implements java.io.Serializable {

    public GlossaryEntry {
        articles = List.copyOf(articles);
    }
}
