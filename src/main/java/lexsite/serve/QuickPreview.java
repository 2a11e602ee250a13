package lexsite.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentLoader;
import lexsite.load.LoadedAct;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.model.SiteConfig;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.render.HelpIndex;
import lexsite.render.SiteContext;
import lexsite.render.SitePaths;
import lexsite.render.SiteRenderer;
import lexsite.render.Templates;
import lexsite.resolve.ActResolver;

/**
 * {@code serve}'s answer to an edit of an act's text within a moment: the pages of the articles the edit changed,
 * rendered from the edited text, numbered as the last good build numbered them where the articles still line up the
 * same (the alignment is most of a build's time for an act). The full build that follows every edit aligns afresh, and
 * its site replaces the preview, so a preview is never what is left. A previewed page is the page that build writes,
 * but for the note on how sure the article's number is: it gives the evidence of the last alignment, which an edit of
 * the words can change (a citation that fitted the article's words no longer does).
 *
 * <p>It previews only edits to the current text of acts, with the site settings, manifests, pins and library as last
 * built; anything else (a template alone, the library alone, a pin, an older version, an error) waits for the full
 * build.
 */
public final class QuickPreview {

    private final Path project;
    private final Path servedSite;
    private List<String> templatesSeen = List.of(); // each template file's path, size and time, when `templates` was made
    private Templates templates;
    private final Map<Path, KeptAct> actsRead = new HashMap<>();

    /** An act as read from its folder, with the folder's files' stamps then. */
    private record KeptAct(List<String> stamp, LoadedAct act) {
    }

    /**
     * @param project the project folder holding content/ and templates/
     * @param site    the site being served: a page rendered exactly as it is there is no preview
     */
    public QuickPreview(Path project, Path site) {
        this.project = project;
        this.servedSite = site;
    }

    /** The templates, read again only when a file under {@code templates/} changed: reading them is a third of a preview. */
    private Templates templates(Path folder) {
        List<String> now = stamp(folder);
        if (templates == null || !now.equals(templatesSeen)) {
            templates = new Templates(folder, "templates");
            templatesSeen = now;
        }
        return templates;
    }

    /**
     * Every act as it is on disk, read again only where a file of its folder changed since it was last read: at 100
     * acts, reading them all is most of a preview.
     */
    private List<LoadedAct> loadActs(ContentLoader loader) {
        List<Path> folders = loader.actFolders();
        List<LoadedAct> acts = new ArrayList<>();
        for (Path folder : folders) {
            List<String> stamp = stamp(folder);
            KeptAct kept = actsRead.get(folder);
            if (kept == null || !kept.stamp().equals(stamp)) {
                kept = new KeptAct(stamp, loader.loadAct(folder));
                actsRead.put(folder, kept);
            }
            acts.add(kept.act());
        }
        actsRead.keySet().retainAll(folders);
        return acts;
    }

    /** Reads the acts and templates ahead of the next edit (after a build), so that the first preview is quick too. */
    public synchronized void prepare() {
        try {
            loadActs(new ContentLoader(project.resolve("content"), project));
            templates(project.resolve("templates"));
        } catch (RuntimeException e) {
            // the next preview, or the next build, meets it
        }
    }

    /** Each file below {@code folder}: its path, size and time of change, in path order. */
    private static List<String> stamp(Path folder) {
        List<String> stamp = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                stamp.add(file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stamp;
    }

    /**
     * The pages, by path, that differ from the served site: of the articles whose text changed since {@code last} (the
     * last good build's content), of the article pages among {@code viewed} (open in a browser: a template edit shows
     * there), and the assets changed under templates/assets/. None when the change is not one a preview can show.
     */
    public synchronized Map<String, byte[]> pagesChangedSince(ResolvedContent last, Set<String> viewed) {
        try {
            return preview(last, viewed);
        } catch (RuntimeException e) {
            return Map.of(); // whatever stops a preview (a content error, a file half written), the full build reports
        }
    }

    private Map<String, byte[]> preview(ResolvedContent last, Set<String> viewed) {
        ContentLoader loader = new ContentLoader(project.resolve("content"), project);
        SiteConfig site = loader.loadSiteConfig();
        List<LoadedAct> loaded = loadActs(loader);
        Map<String, byte[]> none = Map.of();
        if (!site.equals(last.site()) || loaded.size() != last.loaded().size()) return none;

        List<ActResolver.Result> acts = new ArrayList<>(last.acts());
        Map<String, Map<String, Article>> before = new HashMap<>(); // act id → the edited version's articles by id, as last built
        for (int i = 0; i < loaded.size(); i++) {
            LoadedAct now = loaded.get(i), then = last.loaded().get(i);
            if (!sameApartFromText(now, then)) return none;
            for (ActVersion version : now.texts().keySet()) {
                if (now.texts().get(version).equals(then.texts().get(version))) continue;
                int at = indexOf(acts, now.manifest().id(), version);
                ActResolver.Result built = at < 0 ? null : acts.get(at);
                if (built == null || last.current().stream().noneMatch(r -> r == built)) return none; // an older version or a translation
                Diagnostics diagnostics = new Diagnostics();
                ActResolver.Result edited = Pipeline.parseAndResolve(now, version, diagnostics, built.inferred());
                if (diagnostics.hasErrors()) return none;
                Map<String, Article> articles = new HashMap<>();
                for (Article a : built.act().provisions()) articles.put(a.id(), a);
                before.put(now.manifest().id(), articles);
                acts.set(at, edited);
            }
        }
        ResolvedContent edited = new ResolvedContent(site, acts, last.library(), loaded);
        PreviewPages out = new PreviewPages();
        Path templates = project.resolve("templates");
        SitePaths paths = new SitePaths();
        SiteContext context = new SiteContext(site, templates(templates), paths,
                new HelpIndex(edited.library(), edited.current().get(0).act()));
        SiteRenderer renderer = new SiteRenderer(context, templates);
        renderer.renderArticles(edited, (act, article) -> viewed.contains(paths.article(act, article.id()))
                || before.containsKey(act) && !article.equals(before.get(act).get(article.id())), out);
        renderer.copyAssets(out);
        Map<String, byte[]> changed = new java.util.TreeMap<>(out.all());
        changed.entrySet().removeIf(page -> served(page.getKey(), page.getValue()));
        return changed;
    }

    /** Whether the served site has {@code bytes} at {@code path} already. */
    private boolean served(String path, byte[] bytes) {
        Path file = servedSite.resolve(path);
        try {
            return Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** The same act with only its texts' words changed: its manifest, pins and versions as before. */
    private static boolean sameApartFromText(LoadedAct now, LoadedAct then) {
        return now.manifest().equals(then.manifest()) && now.pins().equals(then.pins())
                && Objects.equals(now.pinsFile(), then.pinsFile()) && now.texts().keySet().equals(then.texts().keySet());
    }

    private static int indexOf(List<ActResolver.Result> acts, String actId, ActVersion version) {
        for (int i = 0; i < acts.size(); i++) {
            ActResolver.Result r = acts.get(i);
            if (r.act().manifest().id().equals(actId) && r.act().version().equals(version)) return i;
        }
        return -1;
    }
}
