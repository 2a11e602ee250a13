package lexsite.xliff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostics;
import lexsite.model.Act;

/**
 * A translated XLIFF file against the text it claims to translate. Every unit is one of: translated (taken),
 * untranslated (a warning: the provision is shown as not yet translated, never in the source language), made from
 * words the source no longer has (an error), or unknown to the source (an error); a source unit the file lacks is
 * reported as untranslated. Nothing is mixed in silently.
 */
public final class XliffCheck {

    /** @param translations the target lines of every translated unit, by unit id, in source order */
    public record Result(Map<String, List<String>> translations, int units, int translated, int untranslated) {
    }

    private XliffCheck() {
    }

    public static Result check(XliffFile file, String fileName, Act source, Diagnostics diagnostics) {
        if (!source.version().language().equals(file.sourceLanguage())) {
            diagnostics.error(fileName, 1, "xliff-language", "the file translates from '" + file.sourceLanguage()
                    + "' but " + source.version().file() + " is in '" + source.version().language() + "'");
        }
        if (file.targetLanguage() == null || file.targetLanguage().isBlank()) {
            diagnostics.error(fileName, 1, "xliff-language", "the file names no target language (trgLang)");
        }
        Map<String, SourceUnit> sources = new LinkedHashMap<>();
        for (SourceUnit u : SourceUnit.of(source)) sources.put(u.id(), u);
        Map<String, XliffFile.ReadUnit> read = new LinkedHashMap<>();
        for (XliffFile.ReadUnit u : file.units()) {
            SourceUnit s = sources.get(u.id());
            if (s == null) {
                diagnostics.error(fileName, u.line(), "xliff-extra-unit", "unit '" + u.id() + "' is no provision of "
                        + source.version().file() + "; it is left out");
            } else if (!s.texts().equals(u.sources())) {
                diagnostics.error(fileName, u.line(), "xliff-source-changed", "unit '" + u.id() + "' (" + s.label()
                        + ") was made from other words than " + source.version().file() + " has now (line "
                        + s.lines().get(0).line() + "); export it again");
            } else {
                read.put(u.id(), u);
            }
        }
        Map<String, List<String>> translations = new LinkedHashMap<>();
        int untranslated = 0;
        for (SourceUnit s : sources.values()) {
            XliffFile.ReadUnit u = read.get(s.id());
            if (u != null && u.translated()) {
                translations.put(s.id(), u.targets());
                continue;
            }
            untranslated++;
            if (u != null) {
                diagnostics.warning(fileName, u.line(), "xliff-untranslated", "unit '" + s.id() + "' (" + s.label()
                        + ") has no translation" + (u.targets().size() > 1 ? " for every segment" : "")
                        + "; it is shown as not yet translated");
            } else if (!file.units().stream().anyMatch(x -> x.id().equals(s.id()))) {
                diagnostics.warning(fileName, 0, "xliff-untranslated", "no unit for '" + s.id() + "' (" + s.label()
                        + "); it is shown as not yet translated");
            }
        }
        return new Result(translations, sources.size(), translations.size(), untranslated);
    }
}
