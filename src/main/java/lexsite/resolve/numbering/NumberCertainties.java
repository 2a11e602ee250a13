package lexsite.resolve.numbering;

import java.util.List;
import lexsite.model.NumberCertainty;
import lexsite.model.NumberEvidence;

/** What the model says of an inferred number: its level in plain terms, and the evidence naming it. */
public final class NumberCertainties {

    private NumberCertainties() {
    }

    public static NumberCertainty of(ArticleNumbering.Assurance a) {
        List<NumberEvidence> evidence = a.findings().stream().map(f -> new NumberEvidence(
                f.kind() == Finding.Kind.NOTE ? NumberEvidence.Kind.NOTE : NumberEvidence.Kind.CITATION, f.line(), f.text())).toList();
        NumberCertainty.Level level = a.isWeak() ? NumberCertainty.Level.WEAK
                : evidence.isEmpty() ? NumberCertainty.Level.POSITION : NumberCertainty.Level.CONFIRMED;
        Double margin = Double.isInfinite(a.margin()) ? null : Math.round(a.margin() * 100) / 100.0;
        return new NumberCertainty(level, a.contender(), margin, evidence);
    }
}
