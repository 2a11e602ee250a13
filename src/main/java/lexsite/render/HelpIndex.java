package lexsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lexsite.concepts.ConceptMatcher;
import lexsite.model.Act;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.DiscussedArticle;
import lexsite.model.GazetteIssue;
import lexsite.model.GlossaryEntry;
import lexsite.model.Guide;
import lexsite.model.Library;
import lexsite.model.Programme;
import lexsite.model.ProvisionNode;
import lexsite.model.Topic;
import lexsite.model.TopicHelp;

/** Joins the library to the act: which programmes help with an article, which articles a topic concerns. */
public final class HelpIndex {

    /** A programme that helps with an article, the topic that joins them, and why (null outside article pages). */
    public record Help(Programme programme, Topic topic, String why) {
    }

    /** An article page offers at most this many programmes. */
    public static final int MAX_HELP = 3;

    /** What one gazette issue did to an article a guide discusses: "amended, new". */
    public record IssueChange(GazetteIssue issue, String what) {
    }

    /**
     * What has happened to one article a guide discusses since the guide was written.
     *
     * @param later    issues certainly after the guide
     * @param unplaced issues of the guide's own year whose notes give no date: they may be earlier or later
     */
    public record Freshness(DiscussedArticle pin, Article article, List<IssueChange> later, List<IssueChange> unplaced) {
        public boolean changed() {
            return !later.isEmpty();
        }
    }

    private final Library library;
    private final Act act;
    private final Map<String, Programme> programmes = new LinkedHashMap<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final ConceptMatcher concepts;

    public HelpIndex(Library library, Act act) {
        this.library = library;
        this.act = act;
        this.concepts = new ConceptMatcher(library.concepts(), act.version().language());
        library.programmes().forEach(p -> programmes.put(p.id(), p));
        library.topics().forEach(t -> topics.put(t.id(), t));
    }

    public Library library() {
        return library;
    }

    /** Topics with a situation in the reader's words, for the home page. */
    public List<Topic> situations() {
        return library.topics().stream().filter(t -> t.situation() != null).toList();
    }

    public List<Guide> guides() {
        return library.guides();
    }

    /**
     * The programmes an article page offers, at most {@link #MAX_HELP}, each with why: those a topic listing the
     * article names under {@code help}, where the help has a {@code when} only if the article's text speaks of that
     * subject. The topics narrowest in scope (fewest articles) come first, then the file's order; each programme once.
     */
    public List<Help> forArticle(Article article) {
        if (article.number() == null) return List.of();
        Set<String> subjects = new java.util.HashSet<>();
        concepts.matches(text(article)).forEach(c -> subjects.add(c.id()));
        Map<String, Help> out = new LinkedHashMap<>();
        List<Topic> listing = library.topics().stream().filter(t -> lists(t.articles(), article))
                .sorted(java.util.Comparator.comparingInt(t -> t.articles().size())).toList();
        for (Topic t : listing) {
            for (TopicHelp h : t.help()) {
                Programme p = programmes.get(h.programme());
                if (p != null && (h.when() == null || subjects.contains(h.when()))) out.putIfAbsent(p.id(), new Help(p, t, h.why()));
            }
        }
        return out.values().stream().limit(MAX_HELP).toList();
    }

    /** Every word of an article, all its wordings, paragraphs and items. */
    private static String text(Article article) {
        StringBuilder out = new StringBuilder();
        List<Article> wordings = new ArrayList<>(List.of(article));
        wordings.addAll(article.alternatives());
        for (Article w : wordings) {
            for (lexsite.model.Paragraph p : w.paragraphs()) {
                p.text().forEach(l -> out.append(l.text()).append('\n'));
                p.items().forEach(i -> item(i, out));
            }
        }
        return out.toString();
    }

    private static void item(lexsite.model.Item item, StringBuilder out) {
        item.text().forEach(l -> out.append(l.text()).append('\n'));
        item.subItems().forEach(i -> item(i, out));
    }

    public List<Article> articles(List<String> numbers) {
        List<Article> out = new ArrayList<>();
        for (String n : numbers) find(n).ifPresent(out::add);
        return out;
    }

    public List<Article> articles(Topic topic) {
        return articles(topic.articles());
    }

    public List<Article> articles(GlossaryEntry entry) {
        return articles(entry.articles());
    }

    public List<Programme> programmes(Topic topic) {
        return topic.programmes().stream().map(programmes::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<Topic> topics(List<String> ids) {
        return ids.stream().map(topics::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Programmes on a topic whose country is {@code country}. */
    public List<Programme> programmes(String country) {
        return library.programmes().stream().filter(p -> p.country().equals(country)).toList();
    }

    /**
     * For each article the guide discusses, the amendments made after it was written. An amendment counts when
     * its gazette year is later than the guide's, or its stated effective date is not earlier than the guide's
     * month; one in the guide's own year with no date cannot be placed and is shown as possibly later.
     */
    public List<Freshness> freshness(Guide guide) {
        LocalDate written = guide.written().atDay(1);
        List<Freshness> out = new ArrayList<>();
        for (DiscussedArticle pin : guide.discusses()) {
            Optional<Article> article = find(pin.article());
            if (article.isEmpty()) continue;
            Map<GazetteIssue, Set<String>> later = new TreeMap<>();
            Map<GazetteIssue, Set<String>> unplaced = new TreeMap<>();
            for (ProvisionNode node : ProvisionNode.of(article.get())) {
                for (Amendment a : node.provenance().amendments()) {
                    if (a.issue() == null || !a.kind().changesText()) continue;
                    if (a.issue().year() > written.getYear() || (a.effective() != null && !a.effective().isBefore(written))) {
                        later.computeIfAbsent(a.issue(), i -> new TreeSet<>()).add(a.kind().label());
                    } else if (a.issue().year() == written.getYear() && a.effective() == null) {
                        unplaced.computeIfAbsent(a.issue(), i -> new TreeSet<>()).add(a.kind().label());
                    }
                }
            }
            out.add(new Freshness(pin, article.get(), changes(later), changes(unplaced)));
        }
        return out;
    }

    private static List<IssueChange> changes(Map<GazetteIssue, Set<String>> byIssue) {
        return byIssue.entrySet().stream().map(e -> new IssueChange(e.getKey(), String.join(", ", e.getValue()))).toList();
    }

    private Optional<Article> find(String number) {
        return ArticleNumber.parse(number).flatMap(act::article);
    }

    private static boolean lists(List<String> numbers, Article article) {
        return numbers.stream().anyMatch(n -> ArticleNumber.parse(n).map(article.number()::equals).orElse(false));
    }
}
