package lexsite.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.diagnostics.Severity;
import lexsite.history.VersionChanges;
import lexsite.load.ContentError;
import lexsite.load.ContentLoader;
import lexsite.load.LoadedAct;
import lexsite.load.PinsFile;
import lexsite.load.SourceText;
import lexsite.load.TextFiles;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.pipeline.Pipeline;
import lexsite.resolve.ActResolver;

/**
 * `lexsite import`: a new consolidated text of an act, checked and compared with the newest version of its language
 * before anything is written. The text is copied into content/, the version appended to act.yaml (its comments kept),
 * and a pin whose article's first words the new text changed learns them (`also-starts`). A text that cannot be read,
 * parsed or resolved without errors writes nothing, and neither does `--dry-run`.
 */
public final class ActImport {

    private final Path project;
    private final PrintStream out;
    private final PrintStream err;

    public ActImport(Path project, PrintStream out, PrintStream err) {
        this.project = project;
        this.out = out;
        this.err = err;
    }

    /** Runs the import; returns the exit code. */
    public int run(ImportRequest request) {
        return stoppingOnContentErrors(err, () -> plan(request));
    }

    /** Runs an import; a content error is printed at its file and line, and nothing has been written. */
    static int stoppingOnContentErrors(PrintStream err, java.util.function.IntSupplier plan) {
        try {
            return plan.getAsInt();
        } catch (ContentError e) {
            err.println(e.file() + ":" + e.line() + ": error: " + e.getMessage());
            err.println("import stopped: nothing was written");
            return 1;
        }
    }

    private int plan(ImportRequest request) {
        Path content = project.resolve("content");
        ContentLoader loader = new ContentLoader(content, project);
        LoadedAct act = chooseAct(loader.loadActs(), request.actId());
        ActManifest manifest = act.manifest();
        String language = request.language();
        String shownText = request.file().toString().replace('\\', '/');
        SourceText text = TextFiles.read(request.file(), shownText);
        for (ActVersion v : manifest.versions()) {
            if (v.language().equals(language) && v.effective().equals(request.effective())) {
                throw new ContentError(act.manifestFile(), 1, "the act already has a " + language + " version in effect from "
                        + request.effective() + " (" + v.file() + ")");
            }
        }
        ActVersion previous = manifest.versions().stream().filter(v -> v.language().equals(language))
                .max(Comparator.comparing(ActVersion::effective))
                .orElseThrow(() -> new ContentError(act.manifestFile(), 1, "the act has no " + language + " version to compare the new one with"));
        var gazetteDate = request.gazetteDate() != null ? request.gazetteDate() : GazetteDate.in(text, request.gazette())
                .orElseThrow(() -> new ContentError(shownText, 1, "the text does not say when " + request.gazette().label()
                        + " was published (\"State Gazette No. " + request.gazette().number() + " of <day month year>\"): give --gazette-date"));
        String file = language + "/" + request.effective() + ".txt";
        ActVersion version = new ActVersion(request.gazette(), gazetteDate, request.effective(), language, file,
                previous.source(), previous.disclaimer());

        PinsFile pins = act.pins();
        List<String> pinNotes = new ArrayList<>();
        Resolved resolved = resolve(act, previous, version, text, pins);
        PinsFile carried = PinCarry.forward(pins, resolved.diagnostics(), resolved.older(), resolved.newer(), pinNotes);
        if (carried != pins) resolved = resolve(act, previous, version, text, carried);
        if (resolved.diagnostics().hasErrors()) {
            DiagnosticsPrinter.print(resolved.diagnostics(), err, false);
            err.println("import stopped: the new text has errors; nothing was written");
            return 1;
        }
        VersionChanges changes = VersionChanges.of(resolved.older(), resolved.newer());
        out.println("lexsite import: " + shownText + " as " + manifest.id() + " in force from " + request.effective()
                + " (" + request.gazette().label() + " of " + gazetteDate + ")");
        ChangeReport.lines(changes, pinNotes, "content/acts/" + manifest.id() + "/" + file).forEach(out::println);
        out.println("  warnings in the new text: " + resolved.diagnostics().count(Severity.WARNING) + " (`lexsite check` lists them)");
        if (request.dryRun()) {
            out.println("nothing written (--dry-run)");
            return 0;
        }
        write(act, content, version, text, pins, carried);
        out.println("written: content/acts/" + manifest.id() + "/" + file + ", act.yaml (version added)"
                + (carried != pins ? ", " + act.pinsFile() + " (pins carried forward)" : "") + "; now run `lexsite build`");
        return 0;
    }

    private record Resolved(ActResolver.Result older, ActResolver.Result newer, Diagnostics diagnostics) {
    }

    /** The newest version and the new one, parsed and resolved with {@code pins}; the new one's findings reported. */
    private static Resolved resolve(LoadedAct act, ActVersion previous, ActVersion version, SourceText text, PinsFile pins) {
        ActManifest manifest = act.manifest();
        Map<ActVersion, SourceText> texts = new LinkedHashMap<>();
        texts.put(version, text);
        Diagnostics diagnostics = new Diagnostics();
        LoadedAct newOnly = new LoadedAct(withVersions(manifest, List.of(version)), act.manifestFile(), pins, act.pinsFile(), texts);
        ActResolver.Result newer = Pipeline.parseAndResolve(newOnly, diagnostics).get(0);
        LoadedAct oldOnly = new LoadedAct(withVersions(manifest, List.of(previous)), act.manifestFile(), pins, act.pinsFile(),
                Map.of(previous, act.texts().get(previous)));
        ActResolver.Result older = Pipeline.parseAndResolve(oldOnly, new Diagnostics()).get(0);
        return new Resolved(older, newer, diagnostics);
    }

    private static ActManifest withVersions(ActManifest m, List<ActVersion> versions) {
        return new ActManifest(m.id(), m.titles(), m.jurisdiction(), m.promulgation(), m.promulgated(), m.inForce(), versions);
    }

    static LoadedAct chooseAct(List<LoadedAct> acts, String id) {
        if (id != null) {
            return acts.stream().filter(a -> a.manifest().id().equals(id)).findFirst()
                    .orElseThrow(() -> new ContentError("content/acts", 0, "no act '" + id + "' in content/acts"));
        }
        if (acts.size() != 1) throw new ContentError("content/acts", 0, "the project has " + acts.size() + " acts: say which with --act");
        return acts.get(0);
    }

    /**
     * Writes the text, act.yaml and pins.yaml each beside itself first, then renames them into place, so a failure
     * midway leaves the project as it was.
     */
    private void write(LoadedAct act, Path content, ActVersion version, SourceText text, PinsFile pins, PinsFile carried) {
        Path folder = content.resolve("acts").resolve(act.manifest().id());
        Path target = folder.resolve(version.file());
        if (Files.exists(target)) throw new ContentError(project.relativize(target).toString(), 0, "the file already exists");
        Path manifestPath = folder.resolve("act.yaml");
        try {
            List<Path> staged = new ArrayList<>();
            staged.add(stage(target, String.join("\n", text.lines()) + "\n"));
            List<String> manifestLines = Files.readAllLines(manifestPath, StandardCharsets.UTF_8);
            staged.add(stage(manifestPath, String.join("\n", ManifestEdit.withVersion(manifestLines, version)) + "\n"));
            if (carried != pins) {
                Path pinsPath = project.resolve(act.pinsFile());
                List<String> lines = Files.readAllLines(pinsPath, StandardCharsets.UTF_8);
                for (PinCarry.Added a : PinCarry.added(pins, carried)) lines = ManifestEdit.withAlsoStarts(lines, a.line(), a.starts());
                staged.add(stage(pinsPath, String.join("\n", lines) + "\n"));
            }
            commit(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String STAGED = ".importing";

    /** Renames staged files into place, once every one of them is written. */
    static void commit(List<Path> staged) throws IOException {
        for (Path s : staged) {
            String name = s.getFileName().toString();
            Files.move(s, s.resolveSibling(name.substring(0, name.length() - STAGED.length())), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static Path stage(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path staged = target.resolveSibling(target.getFileName() + STAGED);
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        return staged;
    }
}
