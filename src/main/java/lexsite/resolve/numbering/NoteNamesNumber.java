package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Paragraph;

/**
 * "(1) (Former text of Article 29 – …)": the note of an article, or of its first paragraph, names the article it
 * stands in.
 */
final class NoteNamesNumber implements Evidence {

    /** Per block, the number its notes name and the line of that note; null where they name none. */
    private final ArticleNumber[] named;
    private final int[] noteLine;

    NoteNamesNumber(List<Article> blocks) {
        named = new ArticleNumber[blocks.size()];
        noteLine = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            for (Amendment a : amendments(blocks.get(i))) {
                if (a.kind() != AmendmentKind.FORMER || a.detail() == null) continue;
                String detail = a.detail().replaceFirst("(?i)^text of article\\s+", "");
                if (detail.equals(a.detail())) continue;
                ArticleNumber n = ArticleNumber.parse(detail).orElse(null);
                if (n != null && named[i] == null) {
                    named[i] = n;
                    noteLine[i] = noteLine(blocks.get(i), a);
                }
            }
        }
    }

    @Override
    public double score(int block, ArticleNumber n) {
        return n.equals(named[block]) ? Weights.NAMED_BY_NOTE : 0;
    }

    @Override
    public List<Finding> findings(int block, ArticleNumber n) {
        if (!n.equals(named[block])) return List.of();
        return List.of(new Finding(Finding.Kind.NOTE, noteLine[block],
                "its note says it is the former text of Article " + n.latin(), Weights.NAMED_BY_NOTE));
    }

    private static List<Amendment> amendments(Article article) {
        List<Amendment> out = new ArrayList<>(article.provenance().amendments());
        for (Paragraph p : article.paragraphs()) out.addAll(p.provenance().amendments());
        return out;
    }

    private static int noteLine(Article article, Amendment a) {
        if (article.provenance().amendments().contains(a)) return article.provenance().line();
        for (Paragraph p : article.paragraphs()) if (p.provenance().amendments().contains(a)) return p.provenance().line();
        return article.line();
    }
}
