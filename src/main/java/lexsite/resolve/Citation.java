package lexsite.resolve;

import java.util.List;
import lexsite.model.ArticleNumber;

/**
 * One reference found in provision text, such as "Article 24, paragraph 1, items 1–13" or "paragraph (2)".
 *
 * @param start      offset of the reference in its line
 * @param end        offset just past it
 * @param article    the cited article; null for a reference within the citing article ("paragraph (1)")
 * @param paragraphs cited paragraph numbers, ranges expanded; empty when the whole article is cited
 * @param items      cited item numbers, ranges expanded
 * @param externalAct the other act cited ("the Penal Code", "Regulation (EU) 2018/1240"); null for this act
 */
public record Citation(int start, int end, ArticleNumber article, List<String> paragraphs, List<String> items,
                       String externalAct) implements java.io.Serializable {

    public Citation {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    public boolean isExternal() {
        return externalAct != null;
    }

    public boolean isRelative() {
        return article == null;
    }
}
