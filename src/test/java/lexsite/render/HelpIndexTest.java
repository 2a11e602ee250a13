package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import lexsite.model.Concept;
import lexsite.model.DiscussedArticle;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Markdown;
import lexsite.model.Programme;
import lexsite.model.Topic;
import lexsite.model.TopicHelp;
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

    private static Programme programme(String id) {
        return new Programme(id, "f", id, "IOM", "bg", "en", "s", "Help.", List.of("return"), List.of(), List.of(), List.of(),
                new Markdown("f", 1, ""));
    }

    private static Topic topic(String id, List<String> articles, List<TopicHelp> help) {
        return new Topic(id, id, null, "About " + id + ".", articles, help.stream().map(TopicHelp::programme).toList(), help,
                "content/topics.yaml", 1);
    }

    private HelpIndex help(List<Topic> topics, List<Concept> concepts, String... programmes) {
        Library library = new Library(java.util.Arrays.stream(programmes).map(HelpIndexTest::programme).toList(), List.of(),
                topics, List.of(), List.of(), concepts);
        return new HelpIndex(library, resolved.act());
    }

    private List<String> offered(HelpIndex help, int article) {
        return help.forArticle(resolved.act().articles().get(article)).stream()
                .map(h -> h.programme().id() + ": " + h.why()).toList();
    }

    @Test
    void anArticleOffersOnlyTheHelpItsTopicsGiveAReasonFor() {
        Topic ret = new Topic("return", "Return", null, "Leaving.", List.of("2"), List.of("avrr", "general"),
                List.of(new TopicHelp("avrr", null, "Helps people who decide to go home.")), "content/topics.yaml", 1);
        HelpIndex help = help(List.of(ret), List.of(), "avrr", "general");
        assertEquals(List.of("avrr: Helps people who decide to go home."), offered(help, 1), "the programme with no reason stays off");
        assertEquals(List.of(), offered(help, 0), "article 1 is in no topic");
    }

    @Test
    void helpForASubjectIsOfferedOnlyWhereTheArticleSpeaksOfIt() {
        Concept stateless = new Concept("stateless", List.of("no nationality"), List.of("stateless person"), "concepts.yaml", 1);
        Topic both = topic("both", List.of("1", "2"), List.of(new TopicHelp("statelessness-desk", "stateless", "Advice for stateless people.")));
        HelpIndex help = help(List.of(both), List.of(stateless), "statelessness-desk");
        assertEquals(List.of(), offered(help, 0), "article 1 says nothing of stateless persons");
        assertEquals(List.of("statelessness-desk: Advice for stateless people."), offered(help, 1), "article 2(2) does");
    }

    @Test
    void atMostThreeProgrammesNarrowestTopicFirstEachOnce() {
        Topic wide = topic("wide", List.of("1", "2", "3"), List.of(new TopicHelp("a", null, "wide a"), new TopicHelp("b", null, "wide b"),
                new TopicHelp("c", null, "wide c")));
        Topic narrow = topic("narrow", List.of("2"), List.of(new TopicHelp("c", null, "narrow c"), new TopicHelp("d", null, "narrow d")));
        HelpIndex help = help(List.of(wide, narrow), List.of(), "a", "b", "c", "d");
        assertEquals(List.of("c: narrow c", "d: narrow d", "a: wide a"), offered(help, 1));
    }
}
