package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;

/**
 * Where a copy lost article headings, a short article with no note reads as more lines of the article before
 * it: of its only text, its last paragraph or its last item ("(4) … may not be confiscated …" then "Travel documents
 * … may not be given as pledge", which is an article of its own). Each such line is offered to the numbering as a possible
 * article of its own; the numbering decides, and the pieces it keeps together are joined again.
 */
final class ArticlePieces {

    /** The pieces in order, which article each came from, and whether it may continue the piece before. */
    final List<Article> pieces = new ArrayList<>();
    final List<Integer> owner = new ArrayList<>();
    final List<Integer> firstPieceOf = new ArrayList<>();
    private final List<Article> articlesSeen;
    final boolean[] mayContinue;

    ArticlePieces(List<Article> articles) {
        articlesSeen = articles;
        List<Boolean> continues = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            firstPieceOf.add(pieces.size());
            List<TextLine> lines = article.number() == null ? tailLines(article) : List.of();
            boolean splittable = lines.size() > 1;
            pieces.add(splittable ? withTail(article, lines.subList(0, 1)) : article);
            owner.add(a);
            continues.add(false);
            for (int k = 1; splittable && k < lines.size(); k++) {
                pieces.add(loose(lines.subList(k, k + 1)));
                owner.add(a);
                continues.add(true);
            }
        }
        mayContinue = new boolean[continues.size()];
        for (int i = 0; i < mayContinue.length; i++) mayContinue[i] = continues.get(i);
    }

    /** Per piece, whether it is the first piece of one of {@code openers}. */
    boolean[] opensDivision(java.util.Set<Article> openers) {
        boolean[] out = new boolean[pieces.size()];
        for (int a = 0; a < firstPieceOf.size(); a++) out[firstPieceOf.get(a)] = openers.contains(articlesSeen.get(a));
        return out;
    }

    /** The lines of the article's last node that holds text: its last paragraph, or that paragraph's last item. */
    private static List<TextLine> tailLines(Article article) {
        if (article.paragraphs().isEmpty()) return List.of();
        Paragraph p = article.paragraphs().get(article.paragraphs().size() - 1);
        if (p.items().isEmpty()) return p.text();
        Item last = p.items().get(p.items().size() - 1);
        while (!last.subItems().isEmpty()) last = last.subItems().get(last.subItems().size() - 1);
        return last.text();
    }

    /** The article with the lines of its last text-holding node replaced by {@code lines}. */
    private static Article withTail(Article article, List<TextLine> lines) {
        List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs());
        Paragraph p = paragraphs.get(paragraphs.size() - 1);
        paragraphs.set(paragraphs.size() - 1, p.items().isEmpty()
                ? new Paragraph(p.id(), p.number(), p.status(), p.provenance(), lines, p.items(), p.line())
                : new Paragraph(p.id(), p.number(), p.status(), p.provenance(), p.text(), withLastItem(p.items(), lines), p.line()));
        return new Article(article.id(), article.kind(), article.number(), article.label(), article.origin(), article.certainty(),
                article.status(), article.provenance(), paragraphs, article.alternatives(), article.line());
    }

    private static List<Item> withLastItem(List<Item> items, List<TextLine> lines) {
        List<Item> out = new ArrayList<>(items);
        Item last = out.get(out.size() - 1);
        out.set(out.size() - 1, last.subItems().isEmpty()
                ? new Item(last.id(), last.number(), last.status(), last.provenance(), lines, last.subItems(), last.line())
                : new Item(last.id(), last.number(), last.status(), last.provenance(), last.text(), withLastItem(last.subItems(), lines), last.line()));
        return out;
    }

    /** Lines read as an article of their own: no note, one unnumbered paragraph. */
    private static Article loose(List<TextLine> lines) {
        Paragraph p = new Paragraph(null, null, Status.IN_FORCE, Provenance.NONE, lines, List.of(), lines.get(0).line());
        return Article.unnumbered(Provenance.NONE, List.of(p), lines.get(0).line());
    }

    /** The articles as numbered: runs of pieces with one number become one article again. */
    List<Article> join(List<Article> articles, List<ArticleNumber> numbers, List<ArticleNumber> joinedNumbers,
                       List<Integer> firstPieces) {
        List<Article> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i + 1;
            while (j < pieces.size() && mayContinue[j] && numbers.get(j).equals(numbers.get(i))) j++;
            int a = owner.get(i);
            boolean first = i == firstPieceOf.get(a);
            boolean whole = first && (j == pieces.size() || !owner.get(j).equals(a));
            if (whole) {
                out.add(articles.get(a));
            } else {
                List<TextLine> lines = new ArrayList<>();
                for (int k = i; k < j; k++) lines.addAll(k == i && first ? tailLines(pieces.get(k)) : pieces.get(k).paragraphs().get(0).text());
                out.add(first ? withTail(articles.get(a), lines) : loose(lines));
            }
            joinedNumbers.add(numbers.get(i));
            firstPieces.add(i);
            i = j;
        }
        return out;
    }
}
