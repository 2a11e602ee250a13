package lexsite.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lexsite.check.site.SiteFiles;
import lexsite.cli.CliRun;
import lexsite.export.akn.AknSchema;
import lexsite.site.NuChecker;
import org.apache.commons.io.FileUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translator's round trip through the command line on a small act: export XLIFF, translate a few units as a
 * CAT tool would, import, build, and read the parallel view; and the files an import must refuse.
 */
class XliffRoundTripTest {

    private static final Path FIXTURE = Path.of("src/test/resources/lexsite/publish/small");
    private static final Map<String, List<String>> BULGARIAN = Map.of(
            "art_1__para_1", List.of("Този закон определя условията за влизане."),
            "art_1__para_2", List.of("Алинея (1) не се прилага за лицата по член 2, алинея 2."),
            "art_3__para_1__point_1", List.of("притежават разрешение по член 4;"));

    @TempDir
    static Path project;
    private static String exported, translated;
    private static CliRun imported, built;

    @BeforeAll
    static void exportTranslateImportBuild() throws Exception {
        FileUtils.copyDirectory(FIXTURE.resolve("content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        CliRun export = CliRun.of("export", "xliff", "--act", "foreigners-act", "--target", "bg", "--project", project.toString());
        assertEquals(0, export.exit(), export.err());
        exported = export.out();
        translated = CatTool.translate(exported, BULGARIAN);
        Path file = project.resolve("translated.xlf");
        Files.writeString(file, translated, StandardCharsets.UTF_8);
        imported = CliRun.of("import", "xliff", file.toString(), "--project", project.toString());
        built = CliRun.of("build", "--project", project.toString());
    }

    @Test
    void theExportAndTheTranslatedFileAreValidXliff20() throws Exception {
        assertEquals(List.of(), XliffExportTest.schemaErrors(exported));
        assertEquals(List.of(), XliffExportTest.schemaErrors(translated));
    }

    @Test
    void theImportTakesTheTranslatedUnitsAndNamesEachUntranslatedOneAtItsLine() throws Exception {
        assertEquals(0, imported.exit(), imported.all());
        assertTrue(imported.out().contains("translated 3, untranslated"), imported.out());
        int line = lineOf(translated, "<unit id=\"art_2__para_1\"");
        assertTrue(imported.err().contains("translated.xlf:" + line + ": warning: unit 'art_2__para_1' (Article 2(1)) has no translation"),
                imported.err());
        String yaml = Files.readString(project.resolve("content/acts/foreigners-act/act.yaml"));
        assertTrue(yaml.contains("language: bg") && yaml.contains("file: bg/2025-06-30.xlf"), yaml);
        assertTrue(Files.isRegularFile(project.resolve("content/acts/foreigners-act/bg/2025-06-30.xlf")));
    }

    @Test
    void theParallelViewSetsTheTranslationBesideTheSourceByEId() throws Exception {
        assertEquals(0, built.exit(), built.all());
        Document page = Jsoup.parse(project.resolve("site/acts/foreigners-act/parallel/bg/art_1.html").toFile());
        Element row = page.getElementById("row-art_1__para_2");
        List<String> words = row.select(".ptext").eachText();
        assertEquals(List.of("Paragraph (1) does not apply to the persons under Article 2, paragraph 2.", BULGARIAN.get("art_1__para_2").get(0)), words);
        assertEquals(List.of("en", "bg"), row.select(".ptext").eachAttr("lang"));
        assertEquals(List.of("(amended – SG No. 9 of 2011)", "(amended – SG No. 9 of 2011)"), row.select(".pnote").eachText(),
                "the note is kept, untranslated, on both sides");
        assertEquals(List.of("en", "en"), row.select(".pnote").eachAttr("lang"));
        assertEquals("bg", page.selectFirst("h1 span").attr("lang"));
        assertTrue(Files.isRegularFile(project.resolve("site/data/foreigners-act/2025-06-30-bg.akn.xml")), "the translation as AKN");
        Document untranslated = Jsoup.parse(project.resolve("site/acts/foreigners-act/parallel/bg/art_2.html").toFile());
        assertEquals("Not yet translated.", untranslated.getElementById("row-art_2__para_1").select(".pcell").get(1).select(".gap").text());
        Document article = Jsoup.parse(project.resolve("site/acts/foreigners-act/art_1.html").toFile());
        Element link = article.selectFirst("p.languages a[hreflang=bg]");
        assertEquals("parallel/bg/art_1.html", link.attr("href"));
        assertEquals("bg", link.attr("lang"));
        assertEquals("Български", link.text());
    }

    @Test
    void theParallelPagesAreValidHtml() {
        assertEquals(0, built.exit(), built.all());
        Path site = project.resolve("site");
        List<Path> pages = SiteFiles.pages(site).stream().filter(p -> p.toString().contains("parallel")).toList();
        assertEquals(5, pages.size(), pages.toString()); // one per provision of the small act
        List<String> errors = new NuChecker(site).check(pages).stream().filter(NuChecker.Message::error).map(Object::toString).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void theTranslationAsAkomaNtosoNamesItsLanguageAndMarksWhatIsNotYetTranslated() throws Exception {
        assertEquals(0, built.exit(), built.all());
        String akn = Files.readString(project.resolve("site/data/foreigners-act/2025-06-30-bg.akn.xml"));
        assertTrue(akn.contains("<FRBRuri value=\"/akn/bg/act/1998-12-23/153/bul@2025-06-30\"/>"), akn.substring(0, 1500));
        assertTrue(akn.contains(">" + BULGARIAN.get("art_1__para_1").get(0) + "</p>"));
        assertTrue(akn.matches("(?s).*<paragraph eId=\"art_2__para_1\".*?<p lx:line=\"\\d+\" status=\"incomplete\"></p>.*"), "untranslated");
        assertEquals(List.of(), AknSchema.errors(AknSchema.load(), akn));
    }

    @Test
    void exportedAgainTheTargetsAreFilledFromTheTranslation() {
        CliRun again = CliRun.of("export", "xliff", "--target", "bg", "--project", project.toString());
        assertEquals(0, again.exit(), again.err());
        XliffFile read = XliffFile.read(again.out());
        for (XliffFile.ReadUnit u : read.units()) {
            assertEquals(BULGARIAN.containsKey(u.id()), u.translated(), u.id());
            if (u.translated()) assertEquals(BULGARIAN.get(u.id()), u.targets());
        }
    }

    @Test
    void aChangedSourceOrAnExtraUnitStopsTheImportAtItsLineAndWritesNothing(@TempDir Path other) throws Exception {
        FileUtils.copyDirectory(FIXTURE.resolve("content").toFile(), other.resolve("content").toFile());
        String before = Files.readString(other.resolve("content/acts/foreigners-act/act.yaml"));
        Path changed = other.resolve("changed.xlf");
        Files.writeString(changed, translated.replace("This Act lays down the conditions of entry.", "This Act lays down the rules of entry."));
        CliRun run = CliRun.of("import", "xliff", changed.toString(), "--project", other.toString());
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("changed.xlf:" + lineOf(translated, "<unit id=\"art_1__para_1\"") + ": error: unit 'art_1__para_1'"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());

        Path extra = other.resolve("extra.xlf");
        String unit = translated.substring(translated.indexOf("<unit id=\"art_4__content\""), translated.indexOf("</unit>",
                translated.indexOf("<unit id=\"art_4__content\"")) + 7);
        Files.writeString(extra, translated.replace(unit, unit + "\n" + unit.replace("art_4__content", "art_99__content")));
        run = CliRun.of("import", "xliff", extra.toString(), "--project", other.toString());
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("extra.xlf:" + lineOf(Files.readString(extra), "<unit id=\"art_99__content\"")
                + ": error: unit 'art_99__content' is no provision"), run.err());
        assertEquals(before, Files.readString(other.resolve("content/acts/foreigners-act/act.yaml")));
        assertFalse(Files.exists(other.resolve("content/acts/foreigners-act/bg")));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
