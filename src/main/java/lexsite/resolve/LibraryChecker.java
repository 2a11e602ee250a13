package lexsite.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.DiscussedArticle;
import lexsite.model.GlossaryEntry;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Programme;
import lexsite.model.Topic;

/**
 * Checks the library against the act it cites: every article number in topics, the glossary and guides'
 * {@code discusses} pins must be an article of the act, and every programme a topic names must exist. Where the
 * library says what an article is about (a topic's "Article 46 deals with postponing expulsion", a guide's pinned
 * subject), {@link SubjectCheck} warns when the number no longer fits those words. The act's
 * numbers are partly inferred, so a number that resolves today may stop resolving when the inference changes:
 * this is where that shows.
 */
public final class LibraryChecker {

    private final Diagnostics diagnostics;

    public LibraryChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Checks against the act as it is now: the newest English version. The site has one act; when it has more,
     * library entries will have to say which act they cite.
     */
    public void check(Library library, List<ActResolver.Result> acts) {
        acts.stream().map(ActResolver.Result::act).filter(a -> a.version().language().equals("en"))
                .max(Comparator.comparing(a -> a.version().effective()))
                .ifPresent(act -> check(library, act));
    }

    /** @param act the act version whose article numbers the library cites */
    public void check(Library library, Act act) {
        SubjectCheck subjects = new SubjectCheck(act);
        Set<String> programmes = library.programmes().stream().map(Programme::id).collect(Collectors.toSet());
        for (Topic topic : library.topics()) {
            String where = "topic '" + topic.id() + "'";
            checkArticles(act, topic.articles(), topic.file(), topic.line(), where);
            subjects.checkMentions(topic.summary(), topic.file(), topic.line(), where, diagnostics);
            for (String programme : topic.programmes()) {
                if (!programmes.contains(programme)) {
                    diagnostics.error(topic.file(), topic.line(), "unknown-programme",
                            where + " names programme '" + programme + "', which has no page in content/programmes");
                }
            }
        }
        for (GlossaryEntry entry : library.glossary()) {
            checkArticles(act, entry.articles(), entry.file(), entry.line(), "glossary term '" + entry.id() + "'");
            subjects.checkMentions(entry.plain(), entry.file(), entry.line(), "glossary term '" + entry.id() + "'", diagnostics);
        }
        for (Guide guide : library.guides()) {
            for (DiscussedArticle pin : guide.discusses()) {
                String where = "guide '" + guide.id() + "'";
                checkArticles(act, List.of(pin.article()), guide.file(), pin.line(), where);
                subjects.check(pin.article(), pin.subject(), List.of(), guide.file(), pin.line(), where, diagnostics);
                diagnostics.info(guide.file(), pin.line(), "discusses-pinned", "article " + pin.article()
                        + " is pinned by a maintainer as discussed by " + where + " (" + pin.subject() + ")");
            }
        }
    }

    private void checkArticles(Act act, List<String> numbers, String file, int line, String where) {
        for (String text : numbers) {
            Optional<ArticleNumber> number = ArticleNumber.parse(text);
            if (number.isEmpty()) {
                diagnostics.error(file, line, "unknown-article", where + " cites '" + text + "', which is not an article number");
                continue;
            }
            Optional<Article> article = act.article(number.get());
            if (article.isEmpty()) {
                diagnostics.error(file, line, "unknown-article", where + " cites article " + text + ", which "
                        + act.manifest().id() + " (" + act.version().id() + ") does not have");
            } else if (article.get().isRepealed()) {
                diagnostics.warning(file, line, "repealed-article", where + " cites article " + text + ", which is repealed");
            }
        }
    }
}
