package lexsite.model;

import java.time.LocalDate;

/**
 * One consolidated version of an act in one language, as listed in {@code act.yaml}.
 *
 * @param gazette     the gazette issue the consolidation runs to
 * @param gazetteDate the date of that issue
 * @param effective   the date this version took effect
 * @param language    ISO 639-1 code of the text ("en", "bg")
 * @param file        the text file, relative to the act's folder
 * @param source      who made or published the text
 * @param disclaimer  what readers must be told about its status (e.g. an unofficial translation)
 */
public record ActVersion(GazetteIssue gazette, LocalDate gazetteDate, LocalDate effective, String language,
                         String file, String source, String disclaimer) implements java.io.Serializable {

    /** Stable version id used in paths: the effective date plus language, e.g. {@code 2025-06-30-en}. */
    public String id() {
        return effective + "-" + language;
    }
}
