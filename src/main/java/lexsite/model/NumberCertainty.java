package lexsite.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How sure a number shown to readers is, and the evidence for it; every article page says it in plain words.
 *
 * @param level     how the number stands
 * @param contender for an inferred number, the number the best other reading of the text gives it; null for none
 * @param margin    how much less that other reading scores (in the numbering's log-odds); null where no other
 *                  reading was in contention or the number is given or pinned
 * @param evidence  what names this number: citations elsewhere in the act whose words fit this article, a note, a pin
 */
@JsonPropertyOrder({"level", "contender", "margin", "evidence"})
public record NumberCertainty(Level level, ArticleNumber contender, Double margin, List<NumberEvidence> evidence) implements java.io.Serializable {

    public enum Level {
        /** The source writes the number. */
        SOURCE,
        /** A maintainer pinned it, naming a public source. */
        PINNED,
        /** Inferred, and confirmed by citations elsewhere in the act whose words fit, or by a note naming it. */
        CONFIRMED,
        /** Inferred from the article's place among its neighbours; nothing names it. */
        POSITION,
        /** Inferred, but another number fits the evidence nearly as well. */
        WEAK
    }

    public NumberCertainty {
        evidence = List.copyOf(evidence);
    }

    public static NumberCertainty of(Level level) {
        return new NumberCertainty(level, null, null, List.of());
    }

    public boolean isWeak() {
        return level == Level.WEAK;
    }
}
