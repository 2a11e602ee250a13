package lexsite.export.akn;

import java.util.Locale;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.GazetteIssue;

/**
 * The Akoma Ntoso names of one act version: namespaces, and the FRBR work, expression and manifestation URIs
 * of the AKN naming convention, e.g. {@code /akn/bg/act/1998-12-23/153/eng@2025-06-30}.
 */
public record AknNames(ActManifest manifest, ActVersion version) {

    public static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** What the standard has no place for (source lines, how sure a number is): a namespace of our own, no address. */
    public static final String LEXSITE = "urn:lexsite:akn:1";
    public static final String LX = "lx";

    /** {@code /akn/bg/act/1998-12-23/153}: the act as promulgated. */
    public String work() {
        return "/akn/" + manifest.jurisdiction() + "/act/" + manifest.promulgated() + "/" + manifest.promulgation().number();
    }

    /** {@code …/eng@2025-06-30}: this consolidation in this language. */
    public String expression() {
        return work() + "/" + language3(version.language()) + "@" + version.effective();
    }

    public String manifestation() {
        return expression() + ".akn";
    }

    /** ISO 639-2 code, as AKN names languages: "en" → "eng". */
    public static String language3(String language) {
        return Locale.forLanguageTag(language).getISO3Language();
    }

    /** The id of a gazette issue among the references: {@code sg-52-2025}. */
    public static String issueRef(GazetteIssue issue) {
        return issue.id();
    }

    /** {@code /akn/bg/officialGazette/2025/52}: the issue as a published document (its day is not always known). */
    public String gazette(GazetteIssue issue) {
        return "/akn/" + manifest.jurisdiction() + "/officialGazette/" + issue.year() + "/" + issue.number();
    }
}
