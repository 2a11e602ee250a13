package lexsite.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.resolve.numbering.CitationContext;
import lexsite.resolve.numbering.ContentFit;

/**
 * Whether the library still names the articles it means. A topic, glossary entry or guide that says "Article 46
 * deals with postponing expulsion" was written against the numbers of its day; when the numbering moves, "46"
 * lands on another article. The words around the number are fitted against the act's articles (as the numbering
 * fits the act's own citations): where an article a few places away, which the same text does not name, fits
 * them at least twice as well, the number has probably moved.
 */
final class SubjectCheck {

    /** How far to look: a renumbering moves an article by a place or two. */
    private static final int NEAR = 3;
    /** How many times better a neighbour must fit; four times for an article that lost a list. */
    private static final double BETTER = 2, LOST_LIST = 4;

    private final List<Article> articles;
    private final Map<String, Integer> position = new HashMap<>();
    private final ContentFit fit;

    SubjectCheck(Act act) {
        articles = act.articles();
        for (int i = 0; i < articles.size(); i++) position.put(articles.get(i).label(), i);
        fit = new ContentFit(articles);
    }

    /** Checks every "Article N" in {@code text} against the words around it. */
    void checkMentions(String text, String file, int line, String where, Diagnostics diagnostics) {
        for (String sentence : text.split("(?<=[.;])\\s+")) {
            List<Citation> citations = CitationExtractor.extract(sentence);
            List<String> named = new ArrayList<>();
            for (Citation c : citations) if (!c.isExternal() && !c.isRelative()) named.add(c.article().latin());
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                if (c.isExternal() || c.isRelative()) continue;
                check(c.article().latin(), CitationContext.ownWords(sentence, citations, i), named, file, line, where, diagnostics);
            }
        }
    }

    /** Checks that {@code number} fits {@code words} better than the articles near it that {@code named} leaves out. */
    void check(String number, String words, List<String> named, String file, int line, String where, Diagnostics diagnostics) {
        Integer at = position.get(number);
        double[] f = at == null ? null : fit.fits(words);
        if (f == null) return;
        int better = -1;
        for (int q = Math.max(0, at - NEAR); q <= Math.min(articles.size() - 1, at + NEAR); q++) {
            if (q == at || named.contains(articles.get(q).label())) continue;
            if (better < 0 || f[q] > f[better]) better = q;
        }
        // an article whose list the copy lost has lost words that would say what it is about: ask for more
        double margin = articles.get(at).paragraphs().stream().anyMatch(p -> p.itemsMissing()) ? LOST_LIST : BETTER;
        if (better >= 0 && f[better] >= 0.5 && f[better] >= margin * f[at]) {
            diagnostics.warning(file, line, "article-subject", String.format(java.util.Locale.ROOT,
                    "%s names article %s for '%s', but article %s fits those words far better (%.0f%% against %.0f%%): check"
                            + " that the number has not moved", where, number, abbreviate(words), articles.get(better).label(),
                    100 * f[better], 100 * f[at]));
        }
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }
}
