package lexsite.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentError;
import lexsite.parallel.Parallel;
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
        return run(diagnostics, new StageTimes(), ActCache.NONE);
    }

    /**
     * Runs the stages, timing each into {@code times}; each act version is parsed and resolved on its own core, or
     * taken from {@code cache} when its inputs and the code are those it was made from.
     */
    public ResolvedContent run(Diagnostics diagnostics, StageTimes times, ActCache cache) {
        try {
            ContentLoader loader = new ContentLoader(contentRoot, projectRoot);
            SiteConfig site = times.time("load", loader::loadSiteConfig);
            List<LoadedAct> loaded = times.time("load", loader::loadActs);
            // The library does not depend on the acts: it loads on a thread of its own while they parse.
            Parallel.Beside<Library> libraryLoaded = Parallel.beside("library",
                    () -> times.time("load", () -> new LibraryLoader(contentRoot, projectRoot).load()));
            List<ActResolver.Result> acts = times.time("parse+resolve", () -> parseAndResolve(loaded, diagnostics, cache));
            Library library = libraryLoaded.join();
            times.time("check library", () -> new LibraryChecker(diagnostics).check(library, acts));
            return diagnostics.hasErrors() ? null : new ResolvedContent(site, acts, library, loaded);
        } catch (ContentError e) {
            diagnostics.error(e.file(), e.line(), "content", e.getMessage());
            return null;
        }
    }

    /**
     * Every text version of every act, in parallel, in the acts' and versions' order, then the translations, which
     * are read against the texts they were made from; the first content error propagates.
     */
    private static List<ActResolver.Result> parseAndResolve(List<LoadedAct> acts, Diagnostics diagnostics, ActCache cache) {
        List<ActCache.Key> versions = new ArrayList<>();
        for (LoadedAct act : acts) for (ActVersion v : texts(act)) versions.add(new ActCache.Key(act, v));
        List<ActCache.Entry> done = Parallel.map(versions, key -> cache.get(key, () -> {
            Diagnostics own = new Diagnostics();
            return new ActCache.Entry(parseAndResolve(key.act(), key.version(), own), own.all());
        }));
        List<ActResolver.Result> results = new ArrayList<>();
        for (ActCache.Entry entry : done) {
            diagnostics.addAll(entry.findings());
            results.add(entry.result());
        }
        List<ActResolver.Result> texts = List.copyOf(results);
        for (LoadedAct act : acts) results.addAll(translations(act, texts, diagnostics));
        return results;
    }

    /** Parse and resolve of one loaded act, each version with the act's pins; a content error in them propagates. */
    public static List<ActResolver.Result> parseAndResolve(LoadedAct act, Diagnostics diagnostics) {
        List<ActResolver.Result> results = new ArrayList<>();
        for (ActVersion version : texts(act)) results.add(parseAndResolve(act, version, diagnostics));
        results.addAll(translations(act, List.copyOf(results), diagnostics));
        return results;
    }

    private static List<ActVersion> texts(LoadedAct act) {
        return act.texts().keySet().stream().filter(v -> !LanguageVersion.isXliff(v)).toList();
    }

    /** The act's translated (XLIFF) versions, each read against the text of {@code texts} it was made from. */
    private static List<ActResolver.Result> translations(LoadedAct act, List<ActResolver.Result> texts,
                                                         Diagnostics diagnostics) {
        List<ActResolver.Result> translated = new ArrayList<>();
        for (ActVersion version : act.texts().keySet()) {
            if (!LanguageVersion.isXliff(version)) continue;
            ActResolver.Result result = LanguageVersion.resolve(version, act.texts().get(version), texts, diagnostics);
            if (result != null) translated.add(result);
        }
        return translated;
    }

    private static ActResolver.Result parseAndResolve(LoadedAct act, ActVersion version, Diagnostics diagnostics) {
        return parseAndResolve(act, version, diagnostics, null);
    }

    /**
     * One text version, numbered as {@code earlier} numbered it where the articles still line up the same (see
     * {@link ActResolver}): {@code serve}'s quick preview of an edit. A content error propagates.
     */
    public static ActResolver.Result parseAndResolve(LoadedAct act, ActVersion version, Diagnostics diagnostics,
                                                     lexsite.resolve.numbering.ArticleNumbering.Result earlier) {
        ParseHints hints = new ParseHints(act.pins().articles().stream().flatMap(p -> p.allStarts().stream()).toList(),
                act.pins().supplementaryStarts() == null ? List.of() : List.of(act.pins().supplementaryStarts()));
        SourceText text = act.texts().get(version);
        ParsedAct parsed = ActTextParser.parse(text, hints, diagnostics);
        Truncation.check(text, parsed, diagnostics);
        UnclosedNotes.check(text, diagnostics);
        RepeatedText.check(text, diagnostics);
        return new ActResolver(text.file(), act.pins(), act.pinsFile(), diagnostics, earlier).resolve(act.manifest(), version, parsed);
    }
}
