package lexsite.model;

import java.time.LocalDate;

/**
 * One entry of an amendment note, e.g. {@code repealed – SG No. 33 of 2016, in force from 21.05.2016}.
 *
 * @param kind      what happened
 * @param issue     the gazette issue that did it; null where the note names none ("amended multiple times")
 * @param effective the stated effective date, or null where the note gives none
 * @param detail    what the kind refers to, e.g. "paragraph 2" for "former paragraph 2", "second sentence"
 * @param raw       the entry exactly as written in the note
 */
public record Amendment(AmendmentKind kind, GazetteIssue issue, LocalDate effective, String detail, String raw) implements java.io.Serializable {

    public Amendment {
        if (kind == null) throw new IllegalArgumentException("amendment kind is required");
        if (raw == null) throw new IllegalArgumentException("raw note text is required");
    }
}
