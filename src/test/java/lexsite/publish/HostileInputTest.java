package lexsite.publish;

import static lexsite.publish.FixtureProject.ACT;
import static lexsite.publish.FixtureProject.PINS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a careless or hostile contributor can do to content/ and templates/, and the command line: each case stops
 * the command with a non-zero exit and {@code file:line: error: …} (or {@code error: …} where no file is to blame),
 * prints no stack trace, lets nothing from outside content/ into its output, and leaves the previous site byte
 * for byte as it was. One case per class of issue 16 at least; the classes are the comments below.
 */
class HostileInputTest {

    static final String ACT_YAML = "content/acts/foreigners-act/act.yaml";
    static final String SITE_YAML = "content/site.yaml";
    static final String TOPICS = "content/topics.yaml";
    static final String GLOSSARY = "content/glossary.yaml";
    static final String PROGRAMME = "content/programmes/help-desk.md";
    static final String GUIDE = "content/guides/old-guide.md";
    /** A file beside content/, in the project: nothing of it may be read. */
    static final String SECRET = "SECRET-LINE-OUTSIDE-CONTENT";
    /** Stands for the project's folder in a command line. */
    static final String ROOT = "{root}";
    /** Java's words: an exception's class name, or a stack frame. */
    static final Pattern JAVA = Pattern.compile("[A-Z]\\w+(?:Exception|Error)\\b|\\tat |java\\.|JsonToken");

    private static FixtureProject project;

    @BeforeAll
    static void buildOnce(@TempDir Path root) throws IOException {
        project = FixtureProject.built(root);
        Files.writeString(root.resolve("secret.txt"), SECRET + "\nArt. 1. (1) " + SECRET + ".\n");
        Files.createDirectories(root.resolve("outside-act/en"));
        Files.writeString(root.resolve("outside-act/act.yaml"), project.read(ACT_YAML));
        Files.writeString(root.resolve("outside-act/en/2025-06-30.txt"), SECRET + "\n");
    }

    @AfterEach
    void restore() {
        System.clearProperty("lexsite.template.seconds");
        project.reset();
        if (!FixtureProject.snapshot(project.site()).keySet().equals(project.lastBuilt().keySet())) project.build();
    }

    record Case(String name, Consumer<FixtureProject> breakage, String expected, String... command) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // 1. nothing outside content/ is read
                build("versionFileOutsideContentIsRefused", p -> p.replace(ACT_YAML, "file: en/2025-06-30.txt", "file: ../../../secret.txt"),
                        ACT_YAML + ":16: error: version file '../../../secret.txt' leads out of its folder"),
                build("versionFileWithBackslashDotDotIsRefused", p -> p.replace(ACT_YAML, "file: en/2025-06-30.txt", "file: '..\\..\\..\\secret.txt'"),
                        ACT_YAML + ":16: error: version file '..\\..\\..\\secret.txt' leads out of its folder"),
                build("versionFileAbsolutePathIsRefused", p -> p.replace(ACT_YAML, "file: en/2025-06-30.txt", "file: " + p.file("secret.txt")),
                        ACT_YAML + ":16: error: version file '" + "/"),
                build("versionFileSymlinkLeadingOutIsRefused", p -> {
                    link(p.file("content/acts/foreigners-act/en/linked.txt"), p.file("secret.txt"));
                    p.replace(ACT_YAML, "file: en/2025-06-30.txt", "file: en/linked.txt");
                }, ACT_YAML + ":16: error: version file 'en/linked.txt' is a link that leads outside content/"),
                build("versionFileThatIsAFolderIsReportedAsAFolder", p -> p.replace(ACT_YAML, "file: en/2025-06-30.txt", "file: en"),
                        ACT_YAML + ":16: error: version file 'en' is a folder, not a file"),
                build("missingVersionFileIsReportedAtItsOwnLine", p -> p.replace(ACT_YAML, "file: en/2025-06-30.txt", "file: en/2025-07-01.txt"),
                        ACT_YAML + ":16: error: version file 'en/2025-07-01.txt' does not exist"),
                build("pinsFileOutsideContentIsRefused", p -> p.replace(ACT_YAML, "pins: pins.yaml", "pins: ../../../secret.txt"),
                        ACT_YAML + ":10: error: pins file '../../../secret.txt' leads out of its folder"),
                build("programmeSymlinkedFromOutsideIsRefused", p -> link(p.file("content/programmes/linked.md"), p.file("secret.txt")),
                        "content/programmes/linked.md:0: error: linked.md is a link that leads outside content/"),
                build("actFolderSymlinkedFromOutsideIsRefused", p -> link(p.file("content/acts/linked-act"), p.file("outside-act")),
                        "content/acts/linked-act/act.yaml:0: error: act.yaml is a link that leads outside content/"),
                build("templateSymlinkedFromOutsideIsRefused", p -> link(p.file("templates/extra.ftlh"), p.file("secret.txt")),
                        "templates/extra.ftlh:0: error: extra.ftlh is a link that leads outside templates/"),
                build("assetSymlinkedFromOutsideIsRefused", p -> link(p.file("templates/assets/notes.txt"), p.file("secret.txt")),
                        "templates/assets/notes.txt:0: error: notes.txt is a link that leads outside templates/"),

                // 2. one URL policy on the parsed Markdown
                build("referenceLinkToDataUrlIsRefused", p -> append(p, PROGRAMME, "\nSee [the form][f].\n\n[f]: data:text/html,<b>x</b>\n"),
                        PROGRAMME + ":25: error: link to 'data:text/html,<b>x</b>' refused"),
                build("referenceLinkThatIsProtocolRelativeIsRefused", p -> append(p, PROGRAMME, "\nSee [the form][f].\n\n[f]: //evil.example/form\n"),
                        PROGRAMME + ":25: error: link to '//evil.example/form' refused: a protocol-relative address"),
                build("unusedReferenceDefinitionWithJavascriptIsRefused", p -> append(p, PROGRAMME, "\n[f]: javascript:alert(1)\n"),
                        PROGRAMME + ":25: error: link to 'javascript:alert(1)' refused"),
                build("remoteImageIsRefusedAsItBreaksOffline", p -> append(p, PROGRAMME, "\n![IOM logo](https://www.iom.int/logo.png)\n"),
                        PROGRAMME + ":25: error: image 'https://www.iom.int/logo.png' refused: an image or other file from another site breaks offline"),
                build("remoteImageThroughAReferenceIsRefused", p -> append(p, GUIDE, "\n![logo][l]\n\n[l]: https://www.iom.int/logo.png\n"),
                        GUIDE + ":21: error: image 'https://www.iom.int/logo.png' refused"),
                build("dataImageIsRefused", p -> append(p, GUIDE, "\n![x](data:image/png;base64,iVBORw0KGgo=)\n"),
                        GUIDE + ":21: error: image 'data:image/png;base64,iVBORw0KGgo=' refused"),
                build("autolinkWithJavascriptIsRefused", p -> append(p, PROGRAMME, "\n<javascript:alert(1)>\n"),
                        PROGRAMME + ":25: error: link to 'javascript:alert(1)' refused"),
                build("vbscriptLinkIsRefused", p -> append(p, PROGRAMME, "\n[x](vbscript:msgbox)\n"),
                        PROGRAMME + ":25: error: link to 'vbscript:msgbox' refused"),
                build("entityEncodedJavascriptLinkIsRefused", p -> append(p, PROGRAMME, "\n[x](java&#115;cript:alert(1))\n"),
                        PROGRAMME + ":25: error: link to 'javascript:alert(1)' refused"),
                build("rawHtmlBlockIsRefused", p -> append(p, GUIDE, "\n<iframe src=\"https://evil.example\"></iframe>\n"),
                        GUIDE + ":21: error: raw HTML is not allowed in Markdown content"),
                build("pinSourceWithJavascriptIsRefused", p -> append(p, PINS, "    source: \"javascript:alert(1)\"\n"),
                        PINS + ":2: error: link to 'javascript:alert(1)' refused"),

                // 3. one YAML reading policy
                build("yamlAnchorIsRefused", p -> p.replace(ACT_YAML, "  en: Test Act", "  en: &name Test Act"),
                        ACT_YAML + ":4: error: YAML anchor '&name' is not allowed"),
                build("yamlAliasInGlossaryIsRefusedNotPublishedAsItsName", p -> append(p, GLOSSARY,
                                "  - id: permit\n    term: &t Permit\n    plain: *t\n    articles: []\n"),
                        GLOSSARY + ":7: error: YAML anchor '&t' is not allowed"),
                build("listWhereANumberBelongsIsSaidPlainly", p -> p.replace(ACT_YAML, "number: 153", "number: [1, 2]"),
                        ACT_YAML + ":7: error: 'number' should be a whole number, not a list"),
                build("textWhereANumberBelongsIsSaidPlainly", p -> p.replace(ACT_YAML, "number: 153", "number: many"),
                        ACT_YAML + ":7: error: 'number' should be a whole number, not the text 'many'"),
                build("listWhereTextBelongsIsSaidPlainly", p -> p.replace(SITE_YAML, "title: Test Site", "title: [Test, Site]"),
                        SITE_YAML + ":1: error: 'title' should be text, not a list"),
                build("emptyPinsFileSaysSo", p -> p.write(PINS, ""), PINS + ":1: error: file is empty"),
                build("commentOnlySiteYamlSaysSo", p -> p.write(SITE_YAML, "# to be written\n"),
                        SITE_YAML + ":1: error: the file holds no YAML values: it is empty or only comments"),
                build("gazetteNumberZeroIsReportedAtItsVersion", p -> p.replace(ACT_YAML, "{number: 52, year: 2025}", "{number: 0, year: 2025}"),
                        ACT_YAML + ":12: error: gazette issue number must be positive: 0"),
                build("versionWithAnEmptySourceIsReportedAtItsVersion", p -> p.replace(ACT_YAML, "source: A test text.", "source:"),
                        ACT_YAML + ":12: error: 'source' has no value"),
                build("siteYamlKeyWithNoValueIsReportedAtItsLine", p -> p.replace(SITE_YAML, "language: en", "language:"),
                        SITE_YAML + ":3: error: 'language' has no value"),
                build("pinWithItsNumberLeftEmptyIsReportedAtItsLine", p -> p.replace(PINS, "number: \"1\"", "number:"),
                        PINS + ":2: error: 'number' has no value"),
                build("guideDiscussesEntryLeftEmptyIsAnError", p -> p.replace(GUIDE, "  - {article: \"3\", subject: \"work\"}", "  - # {article: \"3\"}"),
                        GUIDE + ":1: error: an entry of 'discusses' is empty"),
                build("actWithNoVersionsSaysSo", p -> p.write(ACT_YAML, p.read(ACT_YAML).substring(0, p.read(ACT_YAML).indexOf("versions:")) + "versions: []\n"),
                        ACT_YAML + ":1: error: versions lists no version"),

                // 4. bounded templates
                build("runawayTemplateLoopStopsAtItsLine", p -> p.replace("templates/404.ftlh", "<h1>Page not found</h1>",
                                "<h1><#list 1..2000000000 as i>xxxxxxxxxxxxxxxxxxxx</#list></h1>"),
                        "templates/404.ftlh:3: error: the template's output stopped at its limit"),
                build("silentEndlessTemplateLoopStopsInTime", p -> {
                    System.setProperty("lexsite.template.seconds", "2");
                    p.replace("templates/404.ftlh", "<h1>Page not found</h1>", "<h1><#list 1..9000000000 as i><#assign x = i></#list></h1>");
                }, "templates/404.ftlh:3: error: the template ran over 2 s for one page"),
                build("templateCannotRunCommands", p -> p.replace("templates/404.ftlh", "<h1>Page not found</h1>",
                                "<h1>${\"freemarker.template.utility.Execute\"?new()(\"touch " + p.file("ran") + "\")}</h1>"),
                        "templates/404.ftlh:3: error: template error"),
                build("templateThatCallsItselfForeverIsStopped", p -> p.replace("templates/404.ftlh", "<h1>Page not found</h1>",
                                "<#macro forever><@forever/></#macro><@forever/>"),
                        "templates/404.ftlh:0: error: the template calls itself without end"),
                build("emptyTemplateIsReportedAtTheTemplate", p -> p.write("templates/glossary.ftlh", ""),
                        "templates/glossary.ftlh:1: error: the template is empty"),
                build("blankIncludedTemplateIsReportedAtTheTemplate", p -> p.write("templates/layout.ftlh", "\n  \n"),
                        "templates/layout.ftlh:1: error: the template is empty"),

                // 5. contradictions
                build("twoVersionsWithTheSameLanguageAndDateAreRefused", p -> append(p, ACT_YAML, p.read(ACT_YAML)
                                .substring(p.read(ACT_YAML).indexOf("  - gazette:"))),
                        ACT_YAML + ":19: error: a second version in language 'en' effective 2025-06-30 (the first is at line 12)"),
                build("oneGlossaryTermUnderTwoIdsIsRefused", p -> append(p, GLOSSARY,
                                "  - id: permit-single\n    term: single  permit\n    plain: The same, again.\n    articles: []\n"),
                        GLOSSARY + ":6: error: the term 'single  permit' is already explained under id 'single-permit' (line 2)"),
                build("wholeActPastedTwiceIsRefused", p -> append(p, ACT, p.read(ACT)),
                        ACT + ":19: error: the act's text starts again here"),
                build("amendmentNoteWithoutItsClosingBracketIsRefused", p -> p.replace(ACT, "(amended – SG No. 29 of 2007) A single", "(amended – SG No. 29 of 2007 A single"),
                        ACT + ":14: error: the amendment note '(amended – SG No. 29 of 2007 A single permit is is…' has no closing bracket"),
                build("rightToLeftOverrideInActTextIsRefused", p -> p.replace(ACT, "a Bulgarian citizen", "a Bulgarian \u202Enezitic"),
                        ACT + ":17: error: invisible character U+202E (right-to-left override) at column"),
                build("zeroWidthSpaceInsideACitationIsRefused", p -> p.replace(ACT, "under Article 4;", "under Article 2\u200B4;"),
                        ACT + ":11: error: invisible character U+200B (zero width space) at column 38"),
                build("bidiIsolateInTopicsIsRefused", p -> p.replace(TOPICS, "articles: [\"3\"]", "articles: [\"\u20663\u2069\"]"),
                        TOPICS + ":6: error: invisible character U+2066 (left-to-right isolate)"),
                build("bidiOverrideInAPageTitleIsRefused", p -> p.replace(PROGRAMME, "title: Help desk", "title: Help \u202Eksed"),
                        PROGRAMME + ":4: error: invisible character U+202E"),

                // 6. a place, and no stack trace
                build("emptyActsFolderIsAnErrorNotACrash", p -> deleteTree(p.file("content/acts/foreigners-act")),
                        "content/acts:0: error: no act in the acts folder"),
                build("unsupportedSiteLanguageIsReportedAtItsLine", p -> p.replace(SITE_YAML, "language: en", "language: tlh"),
                        SITE_YAML + ":3: error: language 'tlh' is not one the site can search; use one of en, bg, ro"),
                command("outputFolderInsideAFileIsAPlainError", p -> p.write("blocker", "a file"),
                        "error: '" + ROOT + "/blocker' is a file, so '" + ROOT + "/blocker/site' cannot be a folder inside it",
                        "build", "--out", ROOT + "/blocker/site"),
                command("unwritableOutputFolderIsAPlainError", p -> { }, // even root cannot make folders in /proc
                        "error: cannot write the site into '/proc/lexsite-site': cannot create a staging folder beside", "build",
                        "--out", "/proc/lexsite-site"),
                command("veryLongSearchQueryIsAPlainError", p -> { },
                        "error: the query has 1500 words; search takes at most 200", "search", words(1500)),
                command("longSearchQueryOfOneWordRepeatedIsAPlainError", p -> { },
                        "error: the query has 1500 words; search takes at most 200", "search", "permit ".repeat(1500)),
                command("searchQueryOfManyDifferentWordsIsAPlainError", p -> { },
                        "error: the query has 150 different words; search takes at most 100", "search", words(150)),
                command("searchLimitZeroIsAPlainError", p -> { }, "error: --limit must be between 1 and 1000, not 0", "search", "permit", "--limit", "0"),
                command("unknownOptionIsAPlainError", p -> { }, "error: Unknown option: '--verbose'", "check", "--verbose"),
                command("missingImportFileIsAPlainError", p -> { }, "nowhere.txt", "import", "nowhere.txt", "--gazette", "60/2026",
                        "--effective", "2026-07-01", "--dry-run"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsWithAPlaceAndLeavesThePreviousSite(Case c) {
        c.breakage().accept(project);
        String[] args = Stream.of(c.command()).skip(1).map(a -> a.replace(ROOT, project.root.toString())).toArray(String[]::new);
        FixtureProject.Run run = project.run(c.command()[0], args);
        String expected = c.expected().replace(ROOT, project.root.toString());
        assertNotEquals(0, run.exit(), run::all);
        assertTrue(run.all().contains(expected), () -> "expected '" + expected + "' in:\n" + run.all());
        assertFalse(JAVA.matcher(run.all().replace("log4j", "")).find(), () -> "Java's words or a stack trace:\n" + run.all());
        assertFalse(run.all().contains(SECRET), () -> "a file outside content/ was read:\n" + run.all());
        project.assertSiteIs(project.lastBuilt());
        assertFalse(Files.exists(project.file("ran")), "a template ran a command");
        assertFalse(FixtureProject.snapshot(project.site()).values().stream()
                .anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(SECRET)), "the site holds a file from outside content/");
    }

    /** {@code n} different words, as a pasted page has. */
    private static String words(int n) {
        return String.join(" ", java.util.stream.IntStream.range(0, n).mapToObj(i -> "word" + Integer.toString(i, 26)).toList());
    }

    private static Case build(String name, Consumer<FixtureProject> breakage, String expected) {
        return new Case(name, breakage, expected, "build");
    }

    private static Case command(String name, Consumer<FixtureProject> breakage, String expected, String... command) {
        return new Case(name, breakage, expected, command);
    }

    private static void append(FixtureProject p, String file, String text) {
        p.write(file, p.read(file) + text);
    }

    static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try {
            org.apache.commons.io.FileUtils.deleteDirectory(folder.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
