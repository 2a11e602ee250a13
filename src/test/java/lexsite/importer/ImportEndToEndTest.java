package lexsite.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lexsite.cli.CliRun;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `lexsite import` of a plausible next consolidation of the real act ({@link NextConsolidation}) into a copy of the
 * project, through the command line, then `lexsite build`: the report, the files, and the rebuilt pages.
 */
class ImportEndToEndTest {

    @TempDir
    static Path project;
    private static String report;
    private static int importExit, buildExit;
    private static Path amended;

    @BeforeAll
    static void importAndBuild() throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        amended = project.resolve("sg-60-2026.txt");
        Files.write(amended, NextConsolidation.of(Path.of("content/acts/foreigners-act/en/2025-06-30.txt")), StandardCharsets.UTF_8);
        CliRun run = run("import", amended.toString(), "--gazette", "60/2026", "--effective", "2026-07-01", "--project", project.toString());
        report = run.out() + run.err();
        importExit = run.exit();
        System.out.println(report);
        buildExit = run("build", "--project", project.toString()).exit();
    }

    @Test
    void theReportNamesWhatTheNewTextChanged() {
        assertEquals(0, importExit, report);
        assertTrue(report.contains("articles: 4 amended, 1 new, 1 repealed, 0 renumbered, 0 no longer in the text"), report);
        assertTrue(report.contains("amended: 23, 34, 48, 51b"), report);
        assertTrue(report.contains("new: 24t"), report);
        assertTrue(report.contains("repealed: 14a"), report);
        assertTrue(report.contains("gazette issues named for the first time: SG 60/2026"), report);
        assertTrue(report.contains("citations that no longer lead to an article: none"), report);
        assertTrue(report.contains("(SG 60/2026 of 2026-06-26)"), "the issue's date is read from the text's opening: " + report);
        assertTrue(report.lines().count() <= 40, "one screen: " + report.lines().count() + " lines");
    }

    @Test
    void textAndNotesThatDisagreeAreFlaggedAtTheirLine() {
        assertTrue(report.matches("(?s).*content/acts/foreigners-act/en/2026-07-01\\.txt:\\d+: Article 34: its text changed, but no note names any of SG 60/2026.*"), report);
        assertTrue(report.matches("(?s).*2026-07-01\\.txt:\\d+: Article 35: a note names SG 60/2026, but its text is the same as before.*"), report);
    }

    @Test
    void aPinWhoseArticleChangedItsFirstWordsFollowsIt() throws IOException {
        assertTrue(report.contains("51b (pins.yaml:"), report);
        String pins = Files.readString(project.resolve("content/acts/foreigners-act/pins.yaml"));
        assertTrue(pins.contains("also-starts: [\"A fine from EUR 50 to EUR 250 shall be imposed on a foreigner who, after entering"), pins);
        assertTrue(pins.contains("# What a maintainer settles that the text cannot."), "comments are kept");
    }

    @Test
    void theTextAndTheVersionAreWrittenAndActYamlKeepsItsComments() throws IOException {
        Path act = project.resolve("content/acts/foreigners-act");
        assertEquals(Files.readString(amended), Files.readString(act.resolve("en/2026-07-01.txt")));
        String yaml = Files.readString(act.resolve("act.yaml"));
        assertTrue(yaml.startsWith("# Metadata of the Foreigners in the Republic of Bulgaria Act."), yaml);
        assertTrue(yaml.contains("  - gazette: {number: 60, year: 2026}\n    gazette-date: 2026-06-26\n    effective: 2026-07-01\n"), yaml);
    }

    @Test
    void theRebuiltSiteShowsTheNewVersionAndKeepsTheOld() throws IOException {
        assertEquals(0, buildExit);
        Path site = project.resolve("site/acts/foreigners-act");
        assertTrue(Files.readString(site.resolve("art_48.html")).contains("EUR 250"));
        assertTrue(Files.readString(site.resolve("2025-06-30/art_48.html")).contains("BGN 500"));
        assertTrue(Files.isRegularFile(site.resolve("art_24t.html")));
        assertFalse(Files.exists(site.resolve("2025-06-30/art_24t.html")));
        String compare = Files.readString(site.resolve("compare/2025-06-30--2026-07-01.html"));
        assertTrue(compare.contains("<del id=\"change-"), compare.substring(0, 200));
        assertTrue(compare.contains("[deleted: </span>BGN") && compare.contains("[inserted: </span>EUR"), "the fine's currency, word by word");
        assertTrue(Files.isRegularFile(site.resolve("compare/2025-06-30--2026-07-01/art_48.html")));
        assertTrue(Files.readString(site.resolve("gazette/sg-60-2026.html")).contains("../compare/2025-06-30--2026-07-01.html"));
        assertTrue(Files.readString(site.resolve("art_48.html")).contains("compare word by word"));
    }

    @Test
    void aDryRunWritesNothingAndAnUnreadableTextStopsTheImport(@TempDir Path other) throws IOException {
        FileUtils.copyDirectory(Path.of("content").toFile(), other.resolve("content").toFile());
        Path yaml = other.resolve("content/acts/foreigners-act/act.yaml");
        String before = Files.readString(yaml);
        CliRun dry = run("import", amended.toString(), "--gazette", "60/2026", "--effective", "2026-07-01", "--project", other.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("nothing written (--dry-run)"));
        Path utf16 = other.resolve("utf16.txt");
        Files.writeString(utf16, "(consolidated)\n", StandardCharsets.UTF_16);
        CliRun bad = run("import", utf16.toString(), "--gazette", "60/2026", "--effective", "2026-07-01", "--project", other.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("utf16.txt:1: error:") && bad.err().contains("nothing was written"), bad.err());
        assertEquals(before, Files.readString(yaml));
        assertEquals(List.of("2025-06-30.txt"), List.of(other.resolve("content/acts/foreigners-act/en").toFile().list()));
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
