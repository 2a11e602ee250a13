package lexsite.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * @param root      the content folder
     * @param shownFrom paths in messages are relative to this folder (the project root)
     */
    public ContentLoader(Path root, Path shownFrom) {
        this.root = root;
        this.shownFrom = shownFrom;
    }

    public lexsite.model.SiteConfig loadSiteConfig() {
        Path file = root.resolve("site.yaml");
        return SiteConfigFile.load(file, shown(file));
    }

    public List<LoadedAct> loadActs() {
        Path acts = root.resolve("acts");
        if (!Files.isDirectory(acts)) throw new ContentError(shown(acts), 0, "no acts folder in content");
        List<LoadedAct> loaded = new ArrayList<>();
        try (Stream<Path> folders = Files.list(acts)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) loaded.add(loadAct(folder));
        } catch (IOException e) {
            throw new ContentError(shown(acts), 0, "cannot list acts: " + e.getMessage());
        }
        return loaded;
    }

    LoadedAct loadAct(Path folder) {
        Path manifestPath = folder.resolve("act.yaml");
        if (!Files.isRegularFile(manifestPath)) throw new ContentError(shown(manifestPath), 0, "act.yaml is missing");
        String manifestFile = shown(manifestPath);
        ActManifestFile file = Yaml.readFile(manifestPath, manifestFile, ActManifestFile.class);
        ActManifest manifest = file.toManifest();
        if (!manifest.id().equals(folder.getFileName().toString())) {
            throw new ContentError(manifestFile, 1, "id '" + manifest.id() + "' must match the folder name '" + folder.getFileName() + "'");
        }
        PinsFile pins = PinsFile.NONE;
        String pinsFile = null;
        if (file.pins() != null) {
            Path pinsPath = folder.resolve(file.pins());
            pinsFile = shown(pinsPath);
            if (!Files.isRegularFile(pinsPath)) throw new ContentError(manifestFile, 1, "pins file '" + file.pins() + "' does not exist");
            pins = Yaml.readFile(pinsPath, pinsFile, PinsFile.class);
        }
        Map<ActVersion, SourceText> texts = new LinkedHashMap<>();
        for (ActVersion version : manifest.versions()) {
            Path text = folder.resolve(version.file());
            if (!Files.isRegularFile(text)) throw new ContentError(manifestFile, 1, "version file '" + version.file() + "' does not exist");
            texts.put(version, TextFiles.read(text, shown(text)));
        }
        return new LoadedAct(manifest, manifestFile, pins, pinsFile, texts);
    }

    private String shown(Path path) {
        return shown(shownFrom, path);
    }

    /** {@code path} as maintainers see it in messages: relative to {@code shownFrom}, with forward slashes. */
    static String shown(Path shownFrom, Path path) {
        return shownFrom.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
