package lexsite.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.PinsFile;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.resolve.numbering.ArticleNumbering;

/**
 * The numbers the source states and the numbers pins give are fixed points of the numbering. They must agree
 * with each other and rise in source order, or no numbering fits them all; each one that does not is reported
 * where it stands and left out, so the inference still runs and every conflict is named in one build.
 */
final class FixedPoints {

    /** The fixed numbers that hold, by piece: from the source and from pins. */
    record Held(Map<Integer, ArticleNumbering.Fixed> fromSource, Map<Integer, PinsFile.ArticlePin> pins,
                Map<Integer, ArticleNumber> pinned) {
    }

    private final List<Article> pieces;
    private final String textFile;
    private final String pinsFile;
    private final Diagnostics diagnostics;

    FixedPoints(List<Article> pieces, String textFile, String pinsFile, Diagnostics diagnostics) {
        this.pieces = pieces;
        this.textFile = textFile;
        this.pinsFile = pinsFile;
        this.diagnostics = diagnostics;
    }

    Held check(Map<Integer, ArticleNumbering.Fixed> fromSource, Map<Integer, PinsFile.ArticlePin> pinAt) {
        Map<Integer, ArticleNumbering.Fixed> source = new TreeMap<>(fromSource);
        dropDescending(source);
        Map<Integer, PinsFile.ArticlePin> pins = new TreeMap<>();
        Map<Integer, ArticleNumber> pinned = new HashMap<>();
        new TreeMap<>(pinAt).forEach((i, pin) -> { // in source order, so messages are stable
            Optional<ArticleNumber> number = ArticleNumber.parse(pin.number());
            if (number.isEmpty()) {
                error(pin, "pin number '" + pin.number() + "' is not an article number");
            } else if (fromSource.containsKey(i)) {
                ArticleNumber stated = fromSource.get(i).number();
                if (!stated.equals(number.get())) {
                    error(pin, "pin " + number.get() + " contradicts the source, which numbers the article at line "
                            + pieces.get(i).line() + " as " + stated);
                }
                // a pin that repeats the source's own number changes nothing: the source's number stands
            } else if (fits(i, pin, number.get(), source, pinned)) {
                pins.put(i, pin);
                pinned.put(i, number.get());
            }
        });
        return new Held(source, pins, pinned);
    }

    /** The source's own numbers must rise: a number that does not is an error in the text itself. */
    private void dropDescending(Map<Integer, ArticleNumbering.Fixed> source) {
        ArticleNumber previous = null;
        int previousAt = -1;
        for (var it = source.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().outOfSequence()) continue;
            ArticleNumber n = e.getValue().number();
            if (previous != null && n.compareTo(previous) <= 0) {
                diagnostics.error(textFile, pieces.get(e.getKey()).line(), "number-conflict", "the source numbers this article "
                        + n + ", but article " + previous + " at line " + pieces.get(previousAt).line() + " comes before it");
                it.remove();
                continue;
            }
            previous = n;
            previousAt = e.getKey();
        }
    }

    /** Whether a pin's number lies strictly between the fixed numbers before and after it in the source. */
    private boolean fits(int at, PinsFile.ArticlePin pin, ArticleNumber number, Map<Integer, ArticleNumbering.Fixed> source,
                         Map<Integer, ArticleNumber> pinned) {
        if (pin.outOfSequence()) return true;
        TreeMap<Integer, ArticleNumber> fixed = new TreeMap<>();
        source.forEach((i, f) -> {
            if (!f.outOfSequence()) fixed.put(i, f.number());
        });
        fixed.putAll(pinned);
        var before = fixed.lowerEntry(at);
        var after = fixed.higherEntry(at);
        if (before != null && number.compareTo(before.getValue()) <= 0) {
            return misfit(at, pin, number, "article " + before.getValue() + " at line " + pieces.get(before.getKey()).line() + " comes before it");
        }
        if (after != null && number.compareTo(after.getValue()) >= 0) {
            return misfit(at, pin, number, "article " + after.getValue() + " at line " + pieces.get(after.getKey()).line() + " comes after it");
        }
        return true;
    }

    private boolean misfit(int at, PinsFile.ArticlePin pin, ArticleNumber number, String why) {
        diagnostics.error(pinsFile, pin.line(), "pin-conflict", "pin " + number + " for the article at line "
                + pieces.get(at).line() + " cannot hold: " + why + " (add out-of-sequence: true if it really stands out of order)");
        return false;
    }

    private void error(PinsFile.ArticlePin pin, String message) {
        diagnostics.error(pinsFile, pin.line(), "pin-conflict", message);
    }
}
