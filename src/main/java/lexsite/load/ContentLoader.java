package lexsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;

/** Stage 1 of the pipeline: reads {@code content/} into memory, refusing anything malformed. */
public final class ContentLoader {

    private final Path root;
    private final Path shownFrom;
    private final ContentPath guard;

    /**
     * @param root      the content folder
     * @param shownFrom paths in messages are relative to this folder (the project root)
     */
    public ContentLoader(Path root, Path shownFrom) {
        this.root = root;
        this.shownFrom = shownFrom;
        this.guard = new ContentPath(root);
    }

    public lexsite.model.SiteConfig loadSiteConfig() {
        Path file = root.resolve("site.yaml");
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) guard.requireInside(file, shown(file), 0, "site.yaml");
        return SiteConfigFile.load(file, shown(file));
    }

    public List<LoadedAct> loadActs() {
        return actFolders().stream().map(this::loadAct).toList();
    }

    /** Each act's folder, content/acts/<id>/, in name order; at least one. */
    public List<Path> actFolders() {
        Path acts = root.resolve("acts");
        if (!Files.isDirectory(acts)) throw new ContentError(shown(acts), 0, "no acts folder in content");
        List<Path> folders;
        try (Stream<Path> listing = Files.list(acts)) {
            folders = listing.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new ContentError(shown(acts), 0, "cannot list acts: " + e.getMessage());
        }
        if (folders.isEmpty()) {
            throw new ContentError(shown(acts), 0, "no act in the acts folder: each act is a folder content/acts/<id>/ holding act.yaml");
        }
        return folders;
    }

    /** The act in {@code folder}, one of {@link #actFolders()}. */
    public LoadedAct loadAct(Path folder) {
        Path manifestPath = folder.resolve("act.yaml");
        if (!Files.exists(manifestPath, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ContentError(shown(manifestPath), 0, "act.yaml is missing");
        }
        String manifestFile = shown(manifestPath);
        guard.requireInside(manifestPath, manifestFile, 0, "act.yaml");
        ActManifestFile file = Yaml.readFile(manifestPath, manifestFile, ActManifestFile.class);
        ActManifest manifest = file.toManifest(manifestFile);
        if (!manifest.id().equals(folder.getFileName().toString())) {
            throw new ContentError(manifestFile, 1, "id '" + manifest.id() + "' must match the folder name '" + folder.getFileName() + "'");
        }
        PinsFile pins = PinsFile.NONE;
        String pinsFile = null;
        if (file.pins() != null) {
            Path pinsPath = guard.resolve(folder, file.pins().value(), "pins file", manifestFile, file.pins().line());
            pinsFile = shown(pinsPath);
            pins = Yaml.readFile(pinsPath, pinsFile, PinsFile.class);
            requireValues(pins, pinsFile);
        }
        Map<ActVersion, SourceText> texts = new LinkedHashMap<>();
        for (int i = 0; i < manifest.versions().size(); i++) {
            ActVersion version = manifest.versions().get(i);
            Path text = guard.resolve(folder, version.file(), "version file", manifestFile, file.fileLine(i));
            SourceText source = TextFiles.read(text, shown(text));
            InvisibleCharacters.refuse(source, InvisibleCharacters.LAW);
            texts.put(version, source);
        }
        return new LoadedAct(manifest, manifestFile, pins, pinsFile, texts);
    }

    /** Jackson's {@code required} asks only that a key be there: a pin with a key left empty is refused at its line. */
    private static void requireValues(PinsFile pins, String file) {
        for (PinsFile.ArticlePin pin : pins.articles()) {
            if (pin == null || pin.startsAt() == null) throw new ContentError(file, 1, "a pin with no 'starts'");
            int line = pin.line();
            Required.text(file, line, "starts", pin.starts());
            Required.text(file, line, "number", pin.number());
            Required.text(file, line, "why", pin.why());
            for (String also : pin.alsoStarts()) Required.text(file, line, "also-starts", also);
            if (pin.source() != null) UrlPolicy.require(pin.source(), UrlPolicy.Use.LINK, file, line); // the site links to it
        }
        for (PinsFile.SecondWording wording : pins.secondWordings()) {
            if (wording == null || wording.startsAt() == null) throw new ContentError(file, 1, "a second wording with no 'starts'");
            Required.text(file, wording.line(), "starts", wording.starts());
            Required.text(file, wording.line(), "why", wording.why());
        }
    }

    private String shown(Path path) {
        return shown(shownFrom, path);
    }

    /** {@code path} as maintainers see it in messages: relative to {@code shownFrom}, with forward slashes. */
    static String shown(Path shownFrom, Path path) {
        return shownFrom.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
