package lexsite.model;

/**
 * A maintainer's pin: a passage of a guide discusses this article of the current act. Guides written under
 * older versions of the act rarely cite article numbers, so the link is settled by hand, not inferred.
 *
 * @param article the article number as the translation cites it ("9a", "33k")
 * @param subject what the passage is about, in the guide's words
 * @param line    the line of the pin in the guide's front matter
 */
public record DiscussedArticle(String article, String subject, int line) implements java.io.Serializable {
}
