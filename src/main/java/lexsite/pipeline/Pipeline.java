package lexsite.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentError;
import lexsite.load.ContentLoader;
import lexsite.load.LibraryLoader;
import lexsite.load.LoadedAct;
import lexsite.load.SourceText;
import lexsite.model.ActVersion;
import lexsite.model.Library;
import lexsite.model.SiteConfig;
import lexsite.parse.ActTextParser;
import lexsite.parse.ParseHints;
import lexsite.parse.ParsedAct;
import lexsite.parse.RepeatedText;
import lexsite.parse.Truncation;
import lexsite.parse.UnclosedNotes;
import lexsite.resolve.ActResolver;
import lexsite.resolve.LibraryChecker;
import lexsite.xliff.LanguageVersion;

/**
 * load → parse → resolve: the stages every command shares. The acts come first; the library (programmes, guides,
 * topics, glossary) is loaded after them and checked against them. Content errors become diagnostics.
 */
public final class Pipeline {

    private final Path contentRoot;
    private final Path projectRoot;

    public Pipeline(Path contentRoot, Path projectRoot) {
        this.contentRoot = contentRoot;
        this.projectRoot = projectRoot;
    }

    /** Runs the stages; returns null when an error stops them (the diagnostics say which). */
    public ResolvedContent run(Diagnostics diagnostics) {
        try {
            ContentLoader loader = new ContentLoader(contentRoot, projectRoot);
            SiteConfig site = loader.loadSiteConfig();
            List<ActResolver.Result> acts = new ArrayList<>();
            List<LoadedAct> loaded = loader.loadActs();
            for (LoadedAct act : loaded) acts.addAll(parseAndResolve(act, diagnostics));
            Library library = new LibraryLoader(contentRoot, projectRoot).load();
            new LibraryChecker(diagnostics).check(library, acts);
            return diagnostics.hasErrors() ? null : new ResolvedContent(site, acts, library, loaded);
        } catch (ContentError e) {
            diagnostics.error(e.file(), e.line(), "content", e.getMessage());
            return null;
        }
    }

    /** Parse and resolve of one loaded act, each version with the act's pins; a content error in them propagates. */
    public static List<ActResolver.Result> parseAndResolve(LoadedAct act, Diagnostics diagnostics) {
        ParseHints hints = new ParseHints(act.pins().articles().stream().flatMap(p -> p.allStarts().stream()).toList(),
                act.pins().supplementaryStarts() == null ? List.of() : List.of(act.pins().supplementaryStarts()));
        List<ActResolver.Result> results = new ArrayList<>();
        for (Map.Entry<ActVersion, SourceText> version : act.texts().entrySet()) {
            if (LanguageVersion.isXliff(version.getKey())) continue; // a translation, read once its source is resolved
            ParsedAct parsed = ActTextParser.parse(version.getValue(), hints, diagnostics);
            Truncation.check(version.getValue(), parsed, diagnostics);
            UnclosedNotes.check(version.getValue(), diagnostics);
            RepeatedText.check(version.getValue(), diagnostics);
            results.add(new ActResolver(version.getValue().file(), act.pins(), act.pinsFile(), diagnostics)
                    .resolve(act.manifest(), version.getKey(), parsed));
        }
        List<ActResolver.Result> texts = List.copyOf(results);
        for (Map.Entry<ActVersion, SourceText> version : act.texts().entrySet()) {
            if (!LanguageVersion.isXliff(version.getKey())) continue;
            ActResolver.Result translated = LanguageVersion.resolve(version.getKey(), version.getValue(), texts, diagnostics);
            if (translated != null) results.add(translated);
        }
        return results;
    }
}
