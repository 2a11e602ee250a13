package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.ContentLoader;
import lexsite.load.LoadedAct;
import lexsite.pipeline.ActCache;
import lexsite.pipeline.ActCacheFolder;
import lexsite.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsed and resolved acts kept under .lexsite/acts are used only for the same text, pins, manifest and code. */
class ActCacheTest {

    @Test
    void aRebuildOfUnchangedContentParsesNothing(@TempDir Path temp) {
        FixtureProject project = FixtureProject.built(temp);
        ActCacheFolder cache = ActCacheFolder.of(project.root, false);
        LoadedAct act = loaded(project);
        AtomicInteger parsed = new AtomicInteger();
        cache.get(key(act), () -> {
            parsed.incrementAndGet();
            return entry(act);
        });
        assertEquals(0, parsed.get(), "the build kept its act under .lexsite/acts, yet it was parsed again");
    }

    @Test
    void textEditedBehindTheCachesBackReachesTheSite(@TempDir Path temp) {
        FixtureProject project = FixtureProject.built(temp);
        assertTrue(entries(project.root).size() > 0, "the build kept nothing");
        project.replace(FixtureProject.ACT, "A single permit is issued", "A combined permit is issued");
        project.build();
        String page = project.read("site/acts/foreigners-act/art_4.html");
        assertTrue(page.contains("A combined permit is issued"), "the site shows the text the cache kept, not the file's");
        assertFalse(page.contains("A single permit"), page);
        assertEquals(1, entries(project.root).size(), "the entry of the old text should be gone: " + entries(project.root));
    }

    /**
     * Each build is a JVM of its own, and Map.copyOf iterates in another order in each: a key written from a map's
     * toString was new in nearly every run, so no act was ever kept from one build to the next.
     */
    @Test
    void buildsInSeparateProcessesUseTheSameEntries(@TempDir Path temp) throws Exception {
        FixtureProject project = new FixtureProject(temp);
        // titles in five languages: Map.copyOf's order of five keys is seldom the same in two JVMs
        project.replace("content/acts/foreigners-act/act.yaml", "  en: Test Act", "  en: Test Act\n  bg: Тест\n  ro: Test\n  de: Test\n  fr: Test");
        List<List<Path>> kept = new java.util.ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "lexsite.cli.Lexsite", "build", "--project", temp.toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
            assertTrue(build.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the build did not end");
            assertEquals(0, build.exitValue(), () -> project.read("build.log"));
            kept.add(entries(temp));
        }
        assertFalse(kept.get(0).isEmpty(), "the first build kept no act");
        assertEquals(kept.get(0), kept.get(1), "the second process made its own entries instead of using the first one's");
        assertEquals(kept.get(0), kept.get(2), "the third process made its own entries instead of using the first one's");
    }

    @Test
    void anEntryMadeByOtherCodeIsNeverUsed(@TempDir Path temp) {
        FixtureProject project = new FixtureProject(temp);
        LoadedAct act = loaded(project);
        Path folder = temp.resolve("cache");
        AtomicInteger parsed = new AtomicInteger();
        ActCache.Entry made = new ActCacheFolder(folder, "code A", false).get(key(act), () -> {
            parsed.incrementAndGet();
            return entry(act);
        });
        new ActCacheFolder(folder, "code A", false).get(key(act), () -> {
            parsed.incrementAndGet();
            return entry(act);
        });
        assertEquals(1, parsed.get(), "the same code and text should reuse the entry");
        ActCache.Entry other = new ActCacheFolder(folder, "code B", false).get(key(act), () -> {
            parsed.incrementAndGet();
            return entry(act);
        });
        assertEquals(2, parsed.get(), "another version of the code used the entry the first one made");
        assertNotSame(made, other);
    }

    @Test
    void aDamagedEntryIsMadeAgain(@TempDir Path temp) throws IOException {
        int parsed = parsesAfterReplacingTheEntry(temp, file -> Files.write(file, new byte[] {1, 2, 3}));
        assertEquals(1, parsed, "a damaged entry was used");
    }

    @Test
    void aPlantedEntryCannotMakeOtherClasses(@TempDir Path temp) throws IOException {
        gadget.Gadget.ran = false;
        int parsed = parsesAfterReplacingTheEntry(temp, file -> {
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(Files.newOutputStream(file))) {
                out.writeObject(new gadget.Gadget());
            }
        });
        assertFalse(gadget.Gadget.ran, "reading the cache constructed a class that is not Lexsite's");
        assertEquals(1, parsed, "a planted entry was used");
    }

    private interface FileChange {
        void apply(Path file) throws IOException;
    }

    /** Keeps the fixture's act, changes its cache file, and counts how often the act is parsed on the next read. */
    private static int parsesAfterReplacingTheEntry(Path temp, FileChange change) throws IOException {
        FixtureProject project = new FixtureProject(temp);
        LoadedAct act = loaded(project);
        Path folder = temp.resolve("cache");
        new ActCacheFolder(folder, "code", false).get(key(act), () -> entry(act));
        change.apply(entriesIn(folder).get(0));
        AtomicInteger parsed = new AtomicInteger();
        new ActCacheFolder(folder, "code", false).get(key(act), () -> {
            parsed.incrementAndGet();
            return entry(act);
        });
        return parsed.get();
    }

    private static LoadedAct loaded(FixtureProject project) {
        return new ContentLoader(project.root.resolve("content"), project.root).loadActs().get(0);
    }

    private static ActCache.Key key(LoadedAct act) {
        return new ActCache.Key(act, act.texts().keySet().iterator().next());
    }

    private static ActCache.Entry entry(LoadedAct act) {
        Diagnostics diagnostics = new Diagnostics();
        return new ActCache.Entry(Pipeline.parseAndResolve(act, diagnostics).get(0), diagnostics.all());
    }

    private static List<Path> entries(Path project) {
        return entriesIn(project.resolve(".lexsite").resolve("acts"));
    }

    private static List<Path> entriesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".bin")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
