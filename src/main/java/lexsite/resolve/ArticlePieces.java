package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;

/**
 * Where a copy lost article headings, several short articles with no notes read as one article of several
 * lines. Each such line is offered to the numbering as a possible article of its own; the numbering decides,
 * and the pieces it keeps together are joined again.
 */
final class ArticlePieces {

    /** The pieces in order, which article each came from, and whether it may continue the piece before. */
    final List<Article> pieces = new ArrayList<>();
    final List<Integer> owner = new ArrayList<>();
    final List<Integer> firstPieceOf = new ArrayList<>();
    final boolean[] mayContinue;

    ArticlePieces(List<Article> articles) {
        List<Boolean> continues = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            firstPieceOf.add(pieces.size());
            if (!isSplittable(article)) {
                pieces.add(article);
                owner.add(a);
                continues.add(false);
                continue;
            }
            Paragraph only = article.paragraphs().get(0);
            for (int k = 0; k < only.text().size(); k++) {
                pieces.add(piece(k == 0 ? article.provenance() : Provenance.NONE,
                        k == 0 ? only.provenance() : Provenance.NONE, only.text().subList(k, k + 1)));
                owner.add(a);
                continues.add(k > 0);
            }
        }
        mayContinue = new boolean[continues.size()];
        for (int i = 0; i < mayContinue.length; i++) mayContinue[i] = continues.get(i);
    }

    /** One unnumbered paragraph of plain lines, no items: the shape merged headingless articles take. */
    private static boolean isSplittable(Article article) {
        if (article.number() != null || article.paragraphs().size() != 1) return false;
        Paragraph p = article.paragraphs().get(0);
        return !p.isNumbered() && p.items().isEmpty() && p.text().size() > 1
                && p.text().stream().noneMatch(TextLine::listMissingAfter);
    }

    private static Article piece(Provenance article, Provenance paragraph, List<TextLine> lines) {
        Status status = paragraph.isRepealed() ? Status.REPEALED : Status.IN_FORCE;
        Paragraph p = new Paragraph(null, null, status, paragraph, lines, List.of(), lines.get(0).line());
        return Article.unnumbered(article, List.of(p), lines.get(0).line());
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
            boolean whole = i == firstPieceOf.get(a) && (j == pieces.size() || !owner.get(j).equals(a));
            if (whole) {
                out.add(articles.get(a));
            } else {
                List<TextLine> lines = new ArrayList<>();
                for (int k = i; k < j; k++) lines.addAll(pieces.get(k).paragraphs().get(0).text());
                Article first = pieces.get(i);
                out.add(piece(first.provenance(), first.paragraphs().get(0).provenance(), lines));
            }
            joinedNumbers.add(numbers.get(i));
            firstPieces.add(i);
            i = j;
        }
        return out;
    }
}
