package lexsite.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.diagnostics.DiagnosticsPrinter;
import lexsite.diagnostics.Severity;
import lexsite.load.ContentError;
import lexsite.load.LoadedAct;
import lexsite.load.SourceText;
import lexsite.load.TextFiles;
import lexsite.model.ActVersion;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;
import lexsite.xliff.XliffCheck;
import lexsite.xliff.XliffExport;
import lexsite.xliff.XliffFile;

/**
 * `lexsite import xliff FILE`: a translated XLIFF file becomes a language version of the text it was made from.
 * Untranslated units are reported at file:line and shown on the site as not yet translated; units made from other
 * words than the text has now, or naming no provision, stop the import with nothing written. The file is copied to
 * {@code content/acts/<act>/<lang>/<effective>.xlf} and the version added to act.yaml (or, re-imported, replaced).
 */
public final class XliffImport {

    /** @param source who translated it; disclaimer: what readers must be told about it */
    public record Request(Path file, String source, String disclaimer, boolean dryRun, boolean strict) {
    }

    private final Path project;
    private final PrintStream out;
    private final PrintStream err;

    public XliffImport(Path project, PrintStream out, PrintStream err) {
        this.project = project;
        this.out = out;
        this.err = err;
    }

    public int run(Request request) {
        return ActImport.stoppingOnContentErrors(err, () -> plan(request));
    }

    private int plan(Request request) {
        Diagnostics diagnostics = new Diagnostics();
        ResolvedContent content = new Pipeline(project.resolve("content"), project).run(diagnostics);
        if (content == null) {
            DiagnosticsPrinter.print(diagnostics, err, false);
            err.println("import stopped: content/ has errors; nothing was written");
            return 1;
        }
        String shown = request.file().toString().replace('\\', '/');
        SourceText text = TextFiles.read(request.file(), shown);
        XliffFile xliff;
        try {
            xliff = XliffFile.read(String.join("\n", text.lines()) + "\n");
        } catch (IllegalArgumentException e) {
            throw new ContentError(shown, 1, e.getMessage());
        }
        ActResolver.Result source = content.acts().stream().filter(r -> XliffExport.original(r.act()).equals(xliff.original()))
                .findFirst().orElseThrow(() -> new ContentError(shown, 1, "the file was made from '" + xliff.original()
                        + "', which is no version of an act in content/ (export it again with `lexsite export xliff`)"));
        String language = xliff.targetLanguage();
        if (language == null || !language.matches("[a-z]{2,3}")) throw new ContentError(shown, 1, "the file's trgLang '" + language + "' is no language code");
        if (language.equals(source.act().version().language())) throw new ContentError(shown, 1, "the file translates into its own source language");

        Diagnostics findings = new Diagnostics();
        XliffCheck.Result check = XliffCheck.check(xliff, shown, source.act(), findings);
        DiagnosticsPrinter.print(findings, err, false);
        ActVersion from = source.act().version();
        String file = language + "/" + from.effective() + ".xlf";
        out.println("lexsite import xliff: " + shown + " as the " + language + " version of " + from.file() + " ("
                + source.act().manifest().id() + ", in force from " + from.effective() + ")");
        out.printf("  units: %d; translated %d, untranslated %d (shown as not yet translated); errors %d%n",
                check.units(), check.translated(), check.untranslated(), findings.count(Severity.ERROR));
        if (DiagnosticsPrinter.fails(findings, request.strict())) {
            err.println("import stopped: " + (findings.hasErrors() ? "the file does not fit the text" : "untranslated units (--strict)")
                    + "; nothing was written");
            return 1;
        }
        if (request.dryRun()) {
            out.println("nothing written (--dry-run)");
            return 0;
        }
        ActVersion version = new ActVersion(from.gazette(), from.gazetteDate(), from.effective(), language, file,
                request.source() != null ? request.source() : "Translation of " + from.file() + ", imported from XLIFF.",
                request.disclaimer() != null ? request.disclaimer() : "A translation of the text in " + from.language()
                        + ", with no legal force. Only the Bulgarian text published in the State Gazette is legally binding.");
        boolean replaces = write(ActImport.chooseAct(content.loaded(), source.act().manifest().id()), version, text);
        out.println("written: content/acts/" + source.act().manifest().id() + "/" + file
                + (replaces ? " (replacing the earlier import)" : ", act.yaml (version added)") + "; now run `lexsite build`");
        return 0;
    }

    /** Stages the file and act.yaml, then renames them into place; true where the version was already listed. */
    private boolean write(LoadedAct act, ActVersion version, SourceText text) {
        Path folder = project.resolve("content").resolve("acts").resolve(act.manifest().id());
        boolean listed = act.manifest().versions().stream().anyMatch(v -> v.file().equals(version.file()));
        if (!listed && act.manifest().versions().stream().anyMatch(v -> v.language().equals(version.language())
                && v.effective().equals(version.effective()))) {
            throw new ContentError(act.manifestFile(), 1, "the act already has a " + version.language() + " version in effect from "
                    + version.effective() + " that is no XLIFF import");
        }
        try {
            List<Path> staged = new ArrayList<>();
            staged.add(ActImport.stage(folder.resolve(version.file()), String.join("\n", text.lines()) + "\n"));
            if (!listed) {
                Path manifest = folder.resolve("act.yaml");
                List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
                staged.add(ActImport.stage(manifest, String.join("\n", ManifestEdit.withVersion(lines, version)) + "\n"));
            }
            ActImport.commit(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed;
    }
}
