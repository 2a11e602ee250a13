package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.GazetteIssue;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import lexsite.resolve.Citation;
import lexsite.resolve.CitationExtractor;

/** Small runs of articles for the evidence tests, and the numbering they get. */
final class Blocks {

    private Blocks() {
    }

    static Provenance note(AmendmentKind kind, int year, String detail) {
        String raw = "(" + kind.label() + (detail == null ? "" : " " + detail) + " – SG No. 1 of " + year + ")";
        return new Provenance(raw, 1, List.of(new Amendment(kind, new GazetteIssue(1, year), null, detail, raw)));
    }

    static Provenance inserted(int year) {
        return note(AmendmentKind.NEW, year, null);
    }

    /** An article with {@code paragraphs} numbered paragraphs whose first line says {@code text}. */
    static Article article(Provenance provenance, int paragraphs, String text) {
        List<Paragraph> ps = new ArrayList<>();
        for (int p = 1; p <= paragraphs; p++) {
            ps.add(new Paragraph(null, Integer.toString(p), Status.IN_FORCE, Provenance.NONE,
                    List.of(new TextLine(p, p == 1 ? text : "More.")), List.of(), p));
        }
        return Article.unnumbered(provenance, ps, 1);
    }

    static List<Reference> referencesIn(List<Article> articles) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (var l : articles.get(i).lines()) {
                String text = l.line().text();
                List<Citation> inLine = CitationExtractor.extract(text);
                for (Citation c : inLine) out.add(new Reference(c, i, l.line().line(), CitationContext.of(text, c, inLine)));
            }
        }
        return out;
    }

    static List<String> numbers(List<Article> articles) {
        return numbers(articles, new boolean[articles.size()]);
    }

    static List<String> numbers(List<Article> articles, boolean[] opensDivision) {
        ArticleNumbering.Result r = ArticleNumbering.infer(articles, new boolean[articles.size()], opensDivision, Map.of(),
                referencesIn(articles));
        return r.numbers().stream().map(ArticleNumber::latin).toList();
    }

    static ArticleNumber n(String number) {
        return ArticleNumber.parse(number).orElseThrow();
    }
}
