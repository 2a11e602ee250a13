package lexsite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A part, chapter or section of the act.
 *
 * @param number   as written ("Two", "II", "3a"); null where the source has none
 * @param title    as written; null where the source lost the heading
 * @param articles the articles directly in this division, before any subdivision
 * @param children subdivisions, in source order, each after this division's own articles
 */
public record Division(String id, DivisionKind kind, String number, String title, Provenance provenance, int line,
                       List<Article> articles, List<Division> children) implements java.io.Serializable {

    public Division {
        articles = List.copyOf(articles);
        children = List.copyOf(children);
    }

    public boolean titleLost() {
        return title == null;
    }

    /** All articles of this division and its subdivisions, in source order. */
    public List<Article> allArticles() {
        List<Article> all = new ArrayList<>(articles);
        for (Division child : children) all.addAll(child.allArticles());
        return all;
    }
}
