package lexsite.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.resolve.numbering.ArticleNumbering;

/**
 * A run of articles whose numbers stand or fall together on weak evidence: another reading of the text numbers
 * them all otherwise and scores nearly as well. One pin, or one citation, settles the whole run.
 *
 * @param firstLine  the line of its first article
 * @param lastLine   the line of its last article
 * @param numbers    the numbers the site shows, first to last
 * @param otherwise  the numbers the other reading gives, first to last
 * @param margin     how much less the other reading scores
 * @param firstWords the first words of the article a pin should name: the first of the run with text of its own
 * @param pinAs      that article's number as shown
 * @param pinOtherwise that article's number in the other reading
 */
public record WeakStretch(int firstLine, int lastLine, List<ArticleNumber> numbers, List<ArticleNumber> otherwise,
                          double margin, String firstWords, ArticleNumber pinAs, ArticleNumber pinOtherwise) implements java.io.Serializable {

    /**
     * The weak runs of a numbering, one for each set of blocks that another reading renumbers together. Only blocks
     * that start an article in the numbering shown count, and the run is named by the first of them with text of
     * its own, which is what a pin can name.
     */
    static List<WeakStretch> of(List<Article> pieces, boolean[] mayContinue, ArticleNumbering.Result numbering) {
        List<ArticleNumber> numbers = numbering.numbers();
        // the weakest block of each run speaks for it; runs that share a first block are one run
        TreeMap<Integer, ArticleNumbering.Assurance> byFirst = new TreeMap<>();
        for (ArticleNumbering.Assurance a : numbering.assurance()) {
            if (a == null || !a.isWeak() || a.moves().isEmpty()) continue;
            int first = a.moves().get(0).block();
            ArticleNumbering.Assurance known = byFirst.get(first);
            if (known == null || a.margin() < known.margin()) byFirst.put(first, a);
        }
        List<WeakStretch> out = new ArrayList<>();
        int coveredTo = -1;
        for (ArticleNumbering.Assurance a : byFirst.values()) {
            List<ArticleNumbering.Move> moves = a.moves();
            if (moves.get(0).block() <= coveredTo) continue;
            coveredTo = moves.get(moves.size() - 1).block();
            List<ArticleNumber> shown = new ArrayList<>(), other = new ArrayList<>();
            Article named = null;
            for (ArticleNumbering.Move m : moves) {
                int b = m.block();
                boolean startsArticle = !(mayContinue[b] && b > 0 && numbers.get(b).equals(numbers.get(b - 1)));
                if (!startsArticle) continue;
                shown.add(numbers.get(b));
                other.add(m.number());
                if (named == null && !pieces.get(b).firstText().isEmpty()) named = pieces.get(b);
            }
            if (shown.isEmpty() || named == null) continue;
            out.add(new WeakStretch(pieces.get(moves.get(0).block()).line(), pieces.get(coveredTo).line(), shown, other,
                    a.margin(), named.firstText(), numbers.get(pieces.indexOf(named)), otherFor(named, pieces, moves)));
        }
        return out;
    }

    private static ArticleNumber otherFor(Article named, List<Article> pieces, List<ArticleNumbering.Move> moves) {
        int at = pieces.indexOf(named);
        return moves.stream().filter(m -> m.block() == at).findFirst().orElseThrow().number();
    }

    /** What `check` says of it: where, which readings, and the one piece of evidence that would settle it. */
    public String message() {
        String words = firstWords.length() <= 60 ? firstWords : firstWords.substring(0, 57) + "…";
        return String.format(Locale.ROOT, "%s on weak evidence: another reading numbers %s %s and scores only %.1f less."
                        + " One pin settles them all: pin '%s' as %s (or %s), naming a public source that gives the number",
                numbers.size() == 1 ? "article " + numbers.get(0) + " is numbered" : "articles " + range(numbers) + " (to line " + lastLine + ") are numbered",
                numbers.size() == 1 ? "it" : "them", range(otherwise), margin, words, pinAs, pinOtherwise);
    }

    private static String range(List<ArticleNumber> numbers) {
        return numbers.size() == 1 ? numbers.get(0).latin() : numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
    }
}
