package lexsite.check;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lexsite.model.Act;
import lexsite.model.Amendment;
import lexsite.model.Article;
import lexsite.model.GazetteIssue;
import lexsite.model.Item;
import lexsite.model.NumberCertainty;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.resolve.ActResolver;
import lexsite.resolve.NumberingReport;
import lexsite.resolve.ResolvedCitation;

/** The closing figures of `lexsite check`: what the model holds and how well it is anchored. */
public record Summary(int articles, int repealed, int supplementary, int paragraphs, int items, int amendments,
                      int gazetteIssues, int citations, int resolved, int unresolved, int external,
                      int relative, NumberingReport numbering, Map<NumberCertainty.Level, Integer> levels) {

    public static Summary of(ActResolver.Result result) {
        Act act = result.act();
        int articles = 0, repealed = 0, supplementary = 0, paragraphs = 0, items = 0;
        Counter amendments = new Counter();
        for (Article a : act.provisions()) {
            if (a.kind() == lexsite.model.ProvisionKind.ARTICLE) articles++;
            else supplementary++;
            if (a.isRepealed()) repealed++;
            amendments.add(a.provenance());
            for (Article alt : a.alternatives()) amendments.add(alt.provenance());
            for (Paragraph p : a.paragraphs()) {
                paragraphs++;
                amendments.add(p.provenance());
                for (Item i : p.items()) items += amendments.addItem(i);
            }
        }
        act.body().forEach(d -> amendments.addDivision(d));
        int resolved = 0, unresolved = 0, external = 0, relative = 0, total = 0;
        for (ResolvedCitation c : result.citations()) {
            if (c.citation().isExternal()) {
                external++;
                continue;
            }
            if (c.citation().isRelative()) {
                relative++;
                continue;
            }
            total++;
            if (c.resolved()) resolved++;
            else unresolved++;
        }
        Map<NumberCertainty.Level, Integer> levels = new EnumMap<>(NumberCertainty.Level.class);
        for (NumberCertainty.Level l : NumberCertainty.Level.values()) levels.put(l, 0);
        for (Article a : act.articles()) levels.merge(a.certainty().level(), 1, Integer::sum);
        return new Summary(articles, repealed, supplementary, paragraphs, items, amendments.count,
                amendments.issues.size(), total, resolved, unresolved, external, relative, result.numbering(), levels);
    }

    /** How many articles' numbers stand at {@code level} (by its name, for templates). */
    public int level(String level) {
        return levels.getOrDefault(NumberCertainty.Level.valueOf(level), 0);
    }

    public String render(String actId) {
        NumberingReport n = numbering;
        return String.join("\n",
                actId + ": " + articles + " articles (" + repealed + " repealed), " + supplementary
                        + " supplementary provisions, " + paragraphs + " paragraphs, " + items + " items",
                "  amendments: " + amendments + " from " + gazetteIssues + " gazette issues",
                String.format(java.util.Locale.ROOT, "  citations of articles: %d resolved, %d unresolved (%.1f%%); %d within an article; %d of other acts",
                        resolved, unresolved, citations == 0 ? 100.0 : 100.0 * resolved / citations, relative, external),
                "  numbers: " + n.fromSource() + " from the source, " + n.inferred() + " inferred (" + levels.get(NumberCertainty.Level.CONFIRMED)
                        + " confirmed by citations or notes, " + levels.get(NumberCertainty.Level.POSITION) + " by position only, "
                        + levels.get(NumberCertainty.Level.WEAK) + " weak in " + n.weak().size() + " stretches), " + n.pinned()
                        + " pinned (" + n.pins() + " pins in all); " + n.gaps().size() + " gaps where the source lacks articles");
    }

    /** Counts amendment entries and the distinct gazette issues they name. */
    private static final class Counter {
        int count;
        final Set<GazetteIssue> issues = new TreeSet<>();

        void add(Provenance p) {
            for (Amendment a : p.amendments()) {
                count++;
                if (a.issue() != null) issues.add(a.issue());
            }
        }

        int addItem(Item item) {
            add(item.provenance());
            int n = 1;
            for (Item sub : item.subItems()) n += addItem(sub);
            return n;
        }

        void addDivision(lexsite.model.Division d) {
            add(d.provenance());
            d.children().forEach(this::addDivision);
        }
    }
}
