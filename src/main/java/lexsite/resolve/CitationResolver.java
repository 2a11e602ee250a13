package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Item;
import lexsite.model.LocatedLine;
import lexsite.model.Paragraph;

/**
 * Points every citation in a numbered act at the node it cites: the first cited item, else the first cited
 * paragraph, else the article. A citation whose paragraph or item does not exist is unresolved.
 */
public final class CitationResolver {

    private final Act act;

    public CitationResolver(Act act) {
        this.act = act;
    }

    public List<ResolvedCitation> resolveAll() {
        List<ResolvedCitation> out = new ArrayList<>();
        for (Article article : act.provisions()) {
            for (LocatedLine l : article.lines()) {
                String text = l.line().text();
                for (Citation c : CitationExtractor.extract(text)) {
                    out.add(resolve(article, l, c, text.substring(c.start(), c.end())));
                }
            }
        }
        return out;
    }

    private ResolvedCitation resolve(Article from, LocatedLine where, Citation c, String text) {
        if (c.isExternal()) return new ResolvedCitation(where.nodeId(), where.line().line(), c, text, null, null);
        Optional<Article> target = c.isRelative() ? Optional.of(from) : act.article(c.article());
        if (target.isEmpty()) {
            return unresolved(where, c, text, "cites Article " + c.article() + ", which the act does not have");
        }
        Article article = target.get();
        if (c.paragraphs().isEmpty()) {
            if (c.items().isEmpty()) return resolved(where, c, text, article.id());
            Paragraph only = article.paragraphs().isEmpty() ? null : article.paragraphs().get(0);
            if (only == null || only.isNumbered()) return unresolved(where, c, text, "names items but no paragraph");
            return itemIn(where, c, text, only);
        }
        String first = null;
        for (String number : c.paragraphs()) {
            Optional<Paragraph> p = article.paragraphs().stream().filter(x -> number.equals(x.number())).findFirst();
            if (p.isEmpty()) {
                return unresolved(where, c, text, "cites paragraph " + number + ", which " + article.label() + " does not have");
            }
            if (first == null) first = p.get().id();
        }
        if (c.items().isEmpty()) return resolved(where, c, text, first);
        Paragraph paragraph = article.paragraphs().stream().filter(x -> c.paragraphs().get(0).equals(x.number())).findFirst().orElseThrow();
        return itemIn(where, c, text, paragraph);
    }

    private ResolvedCitation itemIn(LocatedLine where, Citation c, String text, Paragraph paragraph) {
        String first = null;
        for (String number : c.items()) {
            if (!number.chars().allMatch(Character::isDigit)) continue; // a letter under an item
            Optional<Item> item = paragraph.items().stream().filter(i -> number.equals(i.number())).findFirst();
            if (item.isEmpty()) {
                // Where the source lost the list, the item cannot be checked: point at the paragraph instead.
                if (paragraph.itemsMissing()) return resolved(where, c, text, paragraph.id());
                return unresolved(where, c, text, "cites item " + number + ", which " + paragraph.id() + " does not have");
            }
            if (first == null) first = item.get().id();
        }
        return resolved(where, c, text, first != null ? first : paragraph.id());
    }

    private static ResolvedCitation resolved(LocatedLine where, Citation c, String text, String target) {
        return new ResolvedCitation(where.nodeId(), where.line().line(), c, text, target, null);
    }

    private static ResolvedCitation unresolved(LocatedLine where, Citation c, String text, String problem) {
        return new ResolvedCitation(where.nodeId(), where.line().line(), c, text, null, problem);
    }
}
