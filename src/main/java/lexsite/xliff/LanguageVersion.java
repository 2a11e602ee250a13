package lexsite.xliff;

import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.SourceText;
import lexsite.model.Act;
import lexsite.model.ActVersion;
import lexsite.resolve.ActResolver;
import lexsite.resolve.GazetteIndex;

/**
 * A version {@code act.yaml} gives as a translated XLIFF file ({@code file: bg/2025-06-30.xlf}): the text it was
 * made from, with the translator's words, aligned by eId. Its findings (untranslated, changed-source and extra
 * units) go into the diagnostics at file:line.
 */
public final class LanguageVersion {

    private LanguageVersion() {
    }

    public static boolean isXliff(ActVersion version) {
        return version.file().endsWith(".xlf") || version.file().endsWith(".xliff");
    }

    /** The translated version, or null when the file cannot be read or names no text of {@code resolved} (an error then). */
    public static ActResolver.Result resolve(ActVersion version, SourceText file, List<ActResolver.Result> resolved,
                                             Diagnostics diagnostics) {
        XliffFile xliff;
        try {
            xliff = XliffFile.read(String.join("\n", file.lines()) + "\n");
        } catch (IllegalArgumentException e) {
            diagnostics.error(file.file(), 1, "xliff-invalid", e.getMessage());
            return null;
        }
        if (!version.language().equals(xliff.targetLanguage())) {
            diagnostics.error(file.file(), 1, "xliff-language", "act.yaml gives this file as '" + version.language()
                    + "' but it translates into '" + xliff.targetLanguage() + "'");
            return null;
        }
        ActResolver.Result source = resolved.stream()
                .filter(r -> XliffExport.original(r.act()).equals(xliff.original())).findFirst().orElse(null);
        if (source == null) {
            diagnostics.error(file.file(), 1, "xliff-original", "the file was made from '" + xliff.original()
                    + "', which is no version of the act in act.yaml");
            return null;
        }
        XliffCheck.Result check = XliffCheck.check(xliff, file.file(), source.act(), diagnostics);
        Act act = TranslatedAct.of(source.act(), version, check.translations());
        return new ActResolver.Result(act, List.of(), source.numbering(), GazetteIndex.of(act), source.inferred());
    }
}
