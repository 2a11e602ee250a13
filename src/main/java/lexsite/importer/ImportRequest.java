package lexsite.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import lexsite.model.GazetteIssue;

/**
 * What `lexsite import` is asked to do.
 *
 * @param file        the new consolidated text
 * @param gazette     the gazette issue it is consolidated to
 * @param gazetteDate that issue's date; null to read it from the text's own opening
 * @param effective   the date it takes effect
 * @param actId       the act it is a version of; null where the project has one act
 * @param language    its language
 * @param dryRun      report only, write nothing
 */
public record ImportRequest(Path file, GazetteIssue gazette, LocalDate gazetteDate, LocalDate effective, String actId,
                            String language, boolean dryRun) {
}
