package lexsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.NumberCertainty;
import lexsite.model.NumberEvidence;

/** `lexsite check --numbers`: every article's number, how sure it is, and the evidence, one line each. */
public final class NumberListing {

    private NumberListing() {
    }

    public static List<String> of(Act act) {
        List<String> out = new ArrayList<>();
        for (Article a : act.articles()) {
            out.add(String.format(Locale.ROOT, "  %-5s line %-5d %s", a.label(), a.line(), describe(a.certainty())));
        }
        return out;
    }

    static String describe(NumberCertainty sure) {
        if (sure == null) return "not numbered";
        String lines = sure.evidence().stream().filter(e -> e.kind() != NumberEvidence.Kind.PIN)
                .map(e -> Integer.toString(e.line())).distinct().collect(Collectors.joining(", "));
        String margin = sure.margin() == null ? "" : String.format(Locale.ROOT, "; the next best reading scores %.1f less", sure.margin());
        return switch (sure.level()) {
            case SOURCE -> "given by the source";
            case PINNED -> "pinned: " + sure.evidence().stream().map(NumberEvidence::text).findFirst().orElse("");
            case CONFIRMED -> "confirmed by " + count(sure, NumberEvidence.Kind.CITATION, "citation") + note(sure)
                    + " (line" + (lines.contains(",") ? "s " : " ") + lines + ")" + margin;
            case POSITION -> "inferred from its position only" + margin;
            case WEAK -> "weak: may be " + (sure.contender() == null ? "another number" : sure.contender().latin()) + margin
                    + (lines.isEmpty() ? "" : "; cited at line" + (lines.contains(",") ? "s " : " ") + lines);
        };
    }

    private static String count(NumberCertainty sure, NumberEvidence.Kind kind, String word) {
        long n = sure.evidence().stream().filter(e -> e.kind() == kind).count();
        return n == 0 ? "" : n + " " + word + (n == 1 ? "" : "s") + " whose words fit";
    }

    private static String note(NumberCertainty sure) {
        boolean note = sure.evidence().stream().anyMatch(e -> e.kind() == NumberEvidence.Kind.NOTE);
        boolean citations = sure.evidence().stream().anyMatch(e -> e.kind() == NumberEvidence.Kind.CITATION);
        return !note ? "" : citations ? " and its own note" : "its own note";
    }
}
