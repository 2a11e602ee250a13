package lexsite.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lexsite.publish.SiteBuild;
import lexsite.diagnostics.Diagnostics;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.search.SearchDocument;
import lexsite.search.SearchIndexBuilder;
import org.apache.commons.io.FileUtils;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The two corpora the benchmark measures, each a site folder both engines index: the real site as the build writes
 * it, and a synthetic one with {@code copies} acts, the real act plus copies of it under distinct act ids
 * ({@code foreigners-act-001}, …). The copies are made at the document level (the resolver runs once): every law
 * document of the act is repeated with the copy's act id, an id prefixed by it and a URL in its folder, and the act's
 * pages are copied to that folder unchanged, so Pagefind indexes the same pages our documents point to.
 */
final class BenchCorpus {

    /** One corpus: its site folder, its documents in index order, and the pages those documents live on. */
    record Corpus(String name, Path site, List<SearchDocument> documents, int acts) {

        /** The distinct pages (site-relative paths, without anchors) the documents point to. */
        Set<String> pages() {
            Set<String> out = new LinkedHashSet<>();
            for (SearchDocument d : documents) out.add(d.url().replaceFirst("#.*", ""));
            return out;
        }
    }

    private final Path project;
    private final Path out;
    private ResolvedContent content;
    private String language;

    BenchCorpus(Path project, Path out) {
        this.project = project;
        this.out = out;
    }

    /** Builds the real site into {@code out/real/site} with the project's own build, and resolves the content once. */
    Corpus real() {
        Path site = out.resolve("real").resolve("site");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
        if (new SiteBuild(project, site, false).run(stream, stream) != 0) {
            throw new IllegalStateException("the site build failed:\n" + log.toString(StandardCharsets.UTF_8));
        }
        content = new Pipeline(project.resolve("content"), project).run(new Diagnostics());
        if (content == null) throw new IllegalStateException("the content does not resolve");
        language = content.site().language();
        List<SearchDocument> documents = new SearchIndexBuilder(language).documents(content);
        return new Corpus("real", site, documents, content.acts().size());
    }

    /**
     * The real site with {@code copies - 1} copies of its one act beside it: the act's folder copied to
     * {@code acts/<act>-001/} and so on, its law documents repeated in index order after the real act's, before the
     * library's. The site's own search/ and pagefind/ folders are left out; the benchmark writes both afresh.
     */
    Corpus cloned(Corpus real, int copies) {
        return cloned(real, copies, false);
    }

    /**
     * The same, and with {@code shuffled} each copy's articles (and other rows) in an order of their own, seeded:
     * the copies keep their texts, but a passage's copies no longer lie at one fixed distance apart in the
     * document numbers, as the like passages of distinct acts would not. Corpus "x&lt;copies&gt;s".
     */
    Corpus cloned(Corpus real, int copies, boolean shuffled) {
        if (content.acts().size() != 1) throw new IllegalStateException("the benchmark clones a site of one act");
        String act = content.acts().get(0).act().manifest().id();
        Path site = out.resolve("x" + copies + (shuffled ? "s" : "")).resolve("site");
        try {
            FileUtils.deleteDirectory(site.toFile());
            Files.createDirectories(site);
            try (Stream<Path> top = Files.list(real.site())) {
                for (Path p : top.toList()) {
                    String name = p.getFileName().toString();
                    if (name.equals("search") || name.equals("pagefind")) continue;
                    if (Files.isDirectory(p)) FileUtils.copyDirectory(p.toFile(), site.resolve(name).toFile());
                    else Files.copy(p, site.resolve(name));
                }
            }
            Path acts = site.resolve("acts");
            for (int i = 1; i < copies; i++) {
                FileUtils.copyDirectory(acts.resolve(act).toFile(), acts.resolve(copyId(act, i)).toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SearchDocument> law = real.documents().stream().filter(d -> act.equals(d.act())).toList();
        List<SearchDocument> documents = new ArrayList<>(law);
        java.util.Random random = new java.util.Random(20261202);
        for (int i = 1; i < copies; i++) {
            java.util.Map<String, List<SearchDocument>> rows = new java.util.LinkedHashMap<>();
            for (SearchDocument d : law) rows.computeIfAbsent(lexsite.search.ResultRows.group(d.id()), g -> new ArrayList<>()).add(d);
            List<List<SearchDocument>> order = new ArrayList<>(rows.values());
            if (shuffled) java.util.Collections.shuffle(order, random);
            for (List<SearchDocument> row : order) for (SearchDocument d : row) documents.add(copy(d, act, copyId(act, i)));
        }
        real.documents().stream().filter(d -> !act.equals(d.act())).forEach(documents::add);
        return new Corpus("x" + copies + (shuffled ? "s" : ""), site, documents, copies);
    }

    static String copyId(String act, int i) {
        return String.format("%s-%03d", act, i);
    }

    private static SearchDocument copy(SearchDocument d, String act, String copy) {
        String from = "acts/" + act + "/";
        if (!d.url().startsWith(from)) throw new IllegalStateException("a law document outside its act's folder: " + d.url());
        return new SearchDocument(copy + ":" + d.id(), d.kind(), copy, d.language(), d.citation(), d.title(), d.text(),
                d.chapter(), d.gazette(), "acts/" + copy + "/" + d.url().substring(from.length()));
    }

    /**
     * Writes the corpus's Lucene index in memory, as the site build does before its export; {@code millis[0]} gets
     * the milliseconds it took.
     */
    Directory lucene(Corpus corpus, long[] millis) {
        long started = System.nanoTime();
        Directory directory = new ByteBuffersDirectory();
        lucene(corpus, directory);
        millis[0] = (System.nanoTime() - started) / 1_000_000;
        return directory;
    }

    /** Writes the corpus's Lucene index into {@code directory}. */
    void lucene(Corpus corpus, Directory directory) {
        new SearchIndexBuilder(language).write(corpus.documents(), content.library(), "bench-" + corpus.name(), directory);
    }
}
