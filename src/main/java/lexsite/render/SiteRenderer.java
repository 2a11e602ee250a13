package lexsite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lexsite.check.Summary;
import lexsite.export.JsonExport;
import lexsite.export.akn.AknExport;
import lexsite.history.ActHistory;
import lexsite.load.ContentPath;
import lexsite.parallel.Parallel;
import lexsite.model.GazetteIssue;
import lexsite.pipeline.ResolvedContent;
import lexsite.resolve.ActResolver;

/** The render stage: every page, the assets, the data exports and the standard files, into a {@link PageOutput}. */
public final class SiteRenderer {

    private final SiteContext site;
    private final Path assets;

    public SiteRenderer(SiteContext site, Path templatesFolder) {
        this.site = site;
        this.assets = templatesFolder.resolve("assets");
    }

    /**
     * Renders every page on every core: each version of each act, each act's version pages, the site's own pages, the
     * library and the assets are separate tasks; the sitemap, which lists them all, comes last. What is written does
     * not depend on the order the tasks finish in.
     */
    public void render(ResolvedContent content, PageOutput out) {
        ActResolver.Result main = null;
        ActIndex mainIndex = null;
        VersionsView mainVersions = null;
        List<Runnable> tasks = new java.util.ArrayList<>();
        List<ActHistory> histories = ActHistory.of(content.acts());
        for (ActHistory history : histories) {
            for (ActResolver.Result version : history.versions()) {
                tasks.add(() -> writeData(history.actId(), version, out)); // every language
            }
            if (!history.language().equals(site.config().language())) continue; // pages in the site's language; others beside them
            VersionsView versions = new VersionsView(history, site.paths());
            String title = history.current().act().manifest().title(history.language());
            for (VersionsView.Version v : versions.versions()) {
                tasks.add(() -> new ActPages(new ActIndex(v.result(), v.folder()), site, versions, v).write(out));
            }
            ActIndex current = new ActIndex(history.current());
            ParallelPages parallel = new ParallelPages(current, site, translations(histories, history));
            tasks.add(() -> new ActPages(current, site, versions, versions.current()).withParallel(parallel).write(out));
            tasks.add(() -> parallel.write(out));
            tasks.add(() -> new VersionPages(versions, site, title).write(out));
            if (main == null) {
                main = history.current();
                mainIndex = current;
                mainVersions = versions;
            }
        }
        ActIndex index = mainIndex;
        ActResolver.Result resolved = main;
        VersionsView versions = mainVersions;
        tasks.add(() -> writeSitePages(index, resolved, versions, out));
        tasks.add(() -> new LibraryPages(index, site).write(out));
        tasks.add(() -> copyAssets(out));
        Parallel.run(tasks);
        List<String> pages = out.written().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).toList();
        Map<String, Object> sitemap = site.model(PageMeta.of("sitemap.xml", site.config().baseUrl(), "", "", "", null));
        sitemap.put("pages", pages);
        out.write("sitemap.xml", site.templates().render("sitemap.ftlx", sitemap));
    }

    /**
     * Only the current article pages that {@code chosen} picks (given each act's id), exactly as {@link #render} writes
     * them: {@code serve}'s quick preview of an edit, before the full build.
     */
    public void renderArticles(ResolvedContent content, java.util.function.BiPredicate<String, lexsite.model.Article> chosen,
                               PageOutput out) {
        List<ActHistory> histories = ActHistory.of(content.acts());
        for (ActHistory history : histories) {
            if (!history.language().equals(site.config().language())) continue;
            if (history.current().act().provisions().stream().noneMatch(a -> chosen.test(history.actId(), a))) continue;
            VersionsView versions = new VersionsView(history, site.paths());
            ActIndex current = new ActIndex(history.current());
            ParallelPages parallel = new ParallelPages(current, site, translations(histories, history));
            new ActPages(current, site, versions, versions.current()).withParallel(parallel)
                    .writeArticles(out, article -> chosen.test(history.actId(), article));
        }
    }

    /** One version as data: the model as JSON, and as Akoma Ntoso. */
    private void writeData(String actId, ActResolver.Result version, PageOutput out) {
        String versionId = version.act().version().id();
        out.write(site.paths().json(actId, versionId), JsonExport.act(version));
        out.write(site.paths().akomaNtoso(actId, versionId), AknExport.of(version));
    }

    /** The current text of {@code history} in the other languages, where a translation of that very text exists. */
    private static List<lexsite.model.Act> translations(List<ActHistory> histories, ActHistory history) {
        lexsite.model.ActVersion current = history.current().act().version();
        return histories.stream().filter(h -> h.actId().equals(history.actId()) && !h.language().equals(history.language()))
                .flatMap(h -> h.versions().stream()).map(ActResolver.Result::act)
                .filter(a -> a.version().effective().equals(current.effective()))
                .sorted(java.util.Comparator.comparing(a -> a.version().language())).toList();
    }

    private void writeSitePages(ActIndex index, ActResolver.Result resolved, VersionsView versions, PageOutput out) {
        SitePaths paths = site.paths();
        Map<String, Object> home = model(index, paths.home(), site.config().title(), site.config().tagline() + ".", "home");
        List<GazetteIssue> issues = index.gazette().issues();
        List<GazetteIssue> recent = new java.util.ArrayList<>(issues.subList(Math.max(0, issues.size() - 3), issues.size()));
        java.util.Collections.reverse(recent);
        home.put("recentIssues", recent);
        home.put("situations", site.help().situations());
        home.put("guides", site.help().guides());
        out.write(paths.home(), site.templates().render("home.ftlh", home));

        Map<String, Object> about = model(index, paths.about(), "About this site and its sources",
                "Where the texts come from, how article numbers were recovered, and what is missing from the source.", "home");
        about.put("numbering", resolved.numbering());
        about.put("summary", Summary.of(resolved));
        about.put("pinned", resolved.act().articles().stream().filter(a -> a.origin() == lexsite.model.NumberOrigin.PINNED).toList());
        about.put("uncertain", resolved.act().articles().stream().filter(a -> a.certainty() != null && a.certainty().isWeak()).toList());
        out.write(paths.about(), site.templates().render("about.ftlh", about));

        out.write(paths.search(), site.templates().render("search.ftlh", model(index, paths.search(), "Search",
                "Search the Act and the help pages, or go to an article by its number.", "search")));
        out.write("404.html", site.templates().render("404.ftlh", model(index, "404.html", "Page not found",
                "There is no page at this address.", "")));

        Map<String, Object> feed = model(index, "feed.xml", "", "", "");
        feed.put("updated", resolved.act().version().gazetteDate() + "T00:00:00Z");
        feed.put("versionEntries", VersionFeed.entries(versions, site.paths()));
        out.write("feed.xml", site.templates().render("feed.ftlx", feed));
    }

    private Map<String, Object> model(ActIndex index, String path, String title, String description, String section) {
        return site.actModel(index, path, title, description, section, null, false);
    }

    /** Copies templates/assets/ byte for byte, in name order (also serve's preview of a stylesheet's edit). */
    public void copyAssets(PageOutput out) {
        if (!Files.isDirectory(assets)) return;
        try (Stream<Path> files = Files.walk(assets)) {
            ContentPath guard = new ContentPath(assets.getParent(), "templates/");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String shown = "templates/assets/" + assets.relativize(file).toString().replace('\\', '/');
                guard.requireInside(file, shown, 0, file.getFileName().toString()); // a link out would publish what it points at
                out.copy("assets/" + assets.relativize(file).toString().replace('\\', '/'), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy assets", e);
        }
    }
}
