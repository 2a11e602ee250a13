package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import lexsite.model.DiscussedArticle;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Markdown;
import lexsite.model.Programme;
import lexsite.model.Topic;
import lexsite.resolve.ActResolver;
import org.junit.jupiter.api.Test;

class HelpIndexTest {

    private final ActResolver.Result resolved = TestActs.resolve("citing-act.txt");

    private static Guide guideWritten(YearMonth written) {
        return new Guide("old-guide", "content/guides/old-guide.md", "Old guide", "A. Author", "Clinic", "bg", "en", "src",
                written, true, "An old guide.", List.of(),
                List.of(new DiscussedArticle("1", "entry", 3), new DiscussedArticle("2", "stateless persons", 4)),
                new Markdown("content/guides/old-guide.md", 8, "Text."));
    }

    @Test
    void freshnessListsIssuesAfterTheGuideAndFlagsUndatedOnesOfItsYear() {
        HelpIndex help = new HelpIndex(new Library(List.of(), List.of(), List.of(), List.of()), resolved.act());
        List<HelpIndex.Freshness> freshness = help.freshness(guideWritten(YearMonth.of(2011, 11)));
        HelpIndex.Freshness first = freshness.get(0);
        assertEquals(List.of(), first.later(), "SG 9/2011 gives no date: it cannot be placed after November 2011");
        assertEquals(List.of("SG 9/2011"), first.unplaced().stream().map(c -> c.issue().label()).toList());
        HelpIndex.Freshness second = freshness.get(1);
        assertEquals(List.of("SG 97/2016: new", "SG 52/2025: amended"),
                second.later().stream().map(c -> c.issue().label() + ": " + c.what()).toList());
    }

    @Test
    void aGuideWrittenAfterEveryAmendmentIsFresh() {
        HelpIndex help = new HelpIndex(new Library(List.of(), List.of(), List.of(), List.of()), resolved.act());
        assertEquals(List.of(false, false), help.freshness(guideWritten(YearMonth.of(2025, 7))).stream().map(HelpIndex.Freshness::changed).toList());
    }

    @Test
    void anArticleGetsTheProgrammesOfEveryTopicListingIt() {
        Programme returnHelp = new Programme("avrr", "f", "Voluntary return", "IOM", "bg", "en", "s", "Help to go home.",
                List.of("return"), List.of(), List.of(), List.of(), new Markdown("f", 1, ""));
        Topic topic = new Topic("return", "Return", "I need help returning home", "Leaving Bulgaria.", List.of("2"),
                List.of("avrr"), "content/topics.yaml", 1);
        HelpIndex help = new HelpIndex(new Library(List.of(returnHelp), List.of(), List.of(topic), List.of()), resolved.act());
        var second = resolved.act().articles().get(1);
        assertEquals(List.of("avrr"), help.forArticle(second).stream().map(h -> h.programme().id()).toList());
        assertEquals(List.of(), help.forArticle(resolved.act().articles().get(0)));
    }
}
