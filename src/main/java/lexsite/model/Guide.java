package lexsite.model;

import java.time.YearMonth;
import java.util.List;

/**
 * A guide to the law written by someone else, from {@code content/guides/<id>.md}.
 *
 * @param written    when the guide was written; the law it describes is the law of that time
 * @param historical the guide describes an earlier state of the law and must be shown as such
 * @param topics     ids of the {@link Topic}s it covers
 * @param discusses  the current articles its passages discuss, as pinned by a maintainer
 */
public record Guide(String id, String file, String title, String author, String organisation, String country,
                    String language, String source, YearMonth written, boolean historical, String summary,
                    List<String> topics, List<DiscussedArticle> discusses, Markdown body) implements java.io.Serializable {

    public Guide {
        topics = List.copyOf(topics);
        discusses = List.copyOf(discusses);
    }
}
