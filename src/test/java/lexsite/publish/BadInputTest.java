package lexsite.publish;

import static lexsite.publish.FixtureProject.ACT;
import static lexsite.publish.FixtureProject.PINS;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input stops `lexsite build` (and, where it is content rather than rendering, `lexsite check`)
 * with a non-zero exit and a message naming the file and line, and leaves the previous site byte for byte as it was.
 */
class BadInputTest {

    private static final String ACT_YAML = "content/acts/foreigners-act/act.yaml";
    private static final String SITE_YAML = "content/site.yaml";
    private static final String TOPICS = "content/topics.yaml";
    private static final String GLOSSARY = "content/glossary.yaml";
    private static final String PROGRAMME = "content/programmes/help-desk.md";
    private static final String GUIDE = "content/guides/old-guide.md";
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String CYRILLIC = "ЗАКОН ЗА ЧУЖДЕНЦИТЕ\nЧл. 1. (1) Този закон урежда условията.\n";

    private static FixtureProject project;

    @BeforeAll
    static void buildOnce(@org.junit.jupiter.api.io.TempDir Path root) {
        project = FixtureProject.built(root);
    }

    /** A case that wrongly built a new site would fail every case after it: put the first site back. */
    @AfterEach
    void restore() {
        project.reset();
        if (!FixtureProject.snapshot(project.site()).keySet().equals(project.lastBuilt().keySet())) project.build();
    }

    static Stream<Breakage> cases() {
        return Stream.of(
                // what the file is
                load("empty file", p -> p.write(ACT, new byte[0]), ACT + ":1: error: file is empty"),
                load("binary file (PNG)", p -> p.write(ACT, png()), ACT + ":2: error: file contains the control character 0x1A"),
                load("binary file with NUL bytes", p -> p.write(ACT, new byte[] {'T', 'E', 'S', 'T', '\n', 0, 0, 0, 1, 2, 3}),
                        ACT + ":2: error: file contains NUL bytes"),
                load("Windows-1251", p -> p.write(ACT, CYRILLIC.getBytes(CP1251)), ACT + ":1: error: file is not valid UTF-8 (byte 0xC7 at offset 0)"),
                load("Windows-1251 after good lines", p -> p.write(ACT, concat(p.read(ACT).getBytes(StandardCharsets.UTF_8), CYRILLIC.getBytes(CP1251))),
                        ACT + ":19: error: file is not valid UTF-8 (byte 0xC7 at offset"),
                load("Windows-1251 behind a UTF-8 BOM", p -> p.write(ACT, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CYRILLIC.getBytes(CP1251))),
                        ACT + ":1: error: file is not valid UTF-8 (byte 0xC7 at offset 3)"),
                load("UTF-16 LE without a BOM", p -> p.write(ACT, p.read(ACT).getBytes(StandardCharsets.UTF_16LE)),
                        ACT + ":1: error: file looks like UTF-16 LE without a byte order mark"),
                load("UTF-16 LE with a BOM", p -> p.write(ACT, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, p.read(ACT).getBytes(StandardCharsets.UTF_16LE))),
                        ACT + ":1: error: file is UTF-16 LE (it starts with a UTF-16 byte order mark)"),
                load("UTF-16 BE with a BOM", p -> p.write(ACT, p.read(ACT).getBytes(StandardCharsets.UTF_16)), // Java writes BE with a BOM
                        ACT + ":1: error: file is UTF-16 BE (it starts with a UTF-16 byte order mark)"),
                load("UTF-16 BE Cyrillic without a BOM", p -> p.write(ACT, CYRILLIC.getBytes(StandardCharsets.UTF_16BE)),
                        ACT + ":1: error: file looks like UTF-16 BE without a byte order mark"),
                load("UTF-16 LE Cyrillic without a BOM", p -> p.write(ACT, CYRILLIC.getBytes(StandardCharsets.UTF_16LE)),
                        ACT + ":1: error: file looks like UTF-16 LE without a byte order mark"),
                load("a YAML file in Windows-1251", p -> p.write(SITE_YAML, (p.read(SITE_YAML) + "# Сайт\n").getBytes(CP1251)),
                        SITE_YAML + ":5: error: file is not valid UTF-8"),
                load("a guide in UTF-16", p -> p.write(GUIDE, p.read(GUIDE).getBytes(StandardCharsets.UTF_16)),
                        GUIDE + ":1: error: file is UTF-16 BE"),

                // a truncated act
                load("act cut to its first 11 lines", p -> p.write(ACT, firstLines(p.read(ACT), 11)),
                        ACT + ":11: error: the text stops mid-sentence ('1. they hold a permit under Article 4;')"),
                load("act cut mid-article", p -> p.write(ACT, p.read(ACT).substring(0, p.read(ACT).indexOf("Entry is also") + 5)),
                        ACT + ":6: error: the text stops mid-sentence"),
                load("act cut mid-list", p -> p.write(ACT, firstLines(p.read(ACT), 10)),
                        ACT + ":10: error: the text stops mid-sentence ('Art. 3. (1) A foreigner may work where:')"),

                // notes and dates
                load("malformed amendment note", p -> p.replace(ACT, "(amended – SG No. 29 of 2007)", "(amended – State Gazete No. of 20)"),
                        ACT + ":14: error: cannot read amendment note entry 'amended – State Gazete No. of 20': no readable gazette issue"),
                load("note with an unreadable second entry", p -> p.replace(ACT, "(amended – SG No. 29 of 2007)", "(amended – SG No. 29 of 2007; new – SG No. 3 of 209)"),
                        ACT + ":14: error: cannot read amendment note entry 'new – SG No. 3 of 209': no readable gazette issue in 'SG No. 3 of 209'"),
                load("impossible date 31.02", p -> p.replace(ACT, "effective from 30.06.2025", "effective from 31.02.2024"),
                        ACT + ":7: error: cannot read amendment note entry 'amended – SG No. 52 of 2025, effective from 31.02.2024': impossible date '31.02.2024'"),
                load("impossible date, month 13, no 'from'", p -> p.replace(ACT, "(amended – SG No. 29 of 2007)", "(amended – SG No. 29 of 2007, effective 01.13.2024)"),
                        ACT + ":14: error: cannot read amendment note entry 'amended – SG No. 29 of 2007, effective 01.13.2024': impossible date '01.13.2024'"),
                load("impossible date in act.yaml", p -> p.replace(ACT_YAML, "date: 1998-12-23", "date: 1998-02-31"),
                        ACT_YAML + ":8: error: '1998-02-31' is not a real date (write it as YYYY-MM-DD)"),
                load("month 13 in a guide's front matter", p -> p.replace(GUIDE, "written: \"2011-11\"", "written: \"2011-13\""),
                        GUIDE + ":10: error: '2011-13' is not a real date (write it as YYYY-MM)"),

                // numbering: pins and the source's own numbers
                load("two pins give one number", p -> p.write(PINS, p.read(PINS) + pin("A single permit is issued", "1")),
                        PINS + ":5: error: pin 1 gives the number that the pin at line 2 already gives"),
                load("two pins name one article", p -> p.write(PINS, p.read(PINS) + pin("This Act lays down", "2")),
                        PINS + ":5: error: pin 2 names the article at line 4, which the pin at line 2 already numbers 1"),
                load("pin contradicts the source", p -> p.replace(PINS, "number: \"1\"", "number: \"3\""),
                        PINS + ":2: error: pin 3 contradicts the source, which numbers the article at line 4 as 1"),
                load("pin number unreadable", p -> p.replace(PINS, "number: \"1\"", "number: \"x!\""),
                        PINS + ":2: error: pin number 'x!' is not an article number"),
                load("pin matches no article", p -> p.replace(PINS, "starts: \"This Act", "starts: \"That Act"),
                        PINS + ":2: error: pin 1 'That Act lays down the conditions of entry.' matches no article"),
                load("second-wording pin repeats nothing", p -> p.write(PINS, p.read(PINS) + "second-wordings:\n  - starts: \"A single permit\"\n    why: \"x\"\n"),
                        PINS + ":6: error: second wording 'A single permit' does not repeat any article shortly before it"),
                load("source numbers go backwards", p -> p.replace(ACT, "Art. 4.", "Art. 2."),
                        ACT + ":14: error: the source numbers this article 2, but article 3 at line 10 comes before it"),

                // YAML: syntax, unknown keys, missing keys, in every file that has them
                load("act.yaml syntax error", p -> p.replace(ACT_YAML, "  en: Test Act", "  en: Test Act\n bg: Тест"),
                        ACT_YAML + ":5: error: YAML syntax error: expected <block end>, but found '<block mapping start>'"),
                load("act.yaml unknown key", p -> p.replace(ACT_YAML, "jurisdiction: bg", "jurisdictions: bg"),
                        ACT_YAML + ":5: error: unknown key 'jurisdictions'"),
                load("act.yaml missing key", p -> p.replace(ACT_YAML, "jurisdiction: bg\n", ""),
                        ACT_YAML + ":17: error: missing required key 'jurisdiction'"),
                load("pins.yaml unknown key", p -> p.replace(PINS, "  - starts:", "  - start:"),
                        PINS + ":2: error: unknown key 'start'"),
                load("pins.yaml missing key", p -> p.replace(PINS, "    why: \"A pin for the bad-input tests to break.\"\n", ""),
                        PINS + ":3: error: missing required key 'why'"),
                load("site.yaml syntax error", p -> p.replace(SITE_YAML, "title: Test Site", "title: \"Test Site"),
                        SITE_YAML + ":1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar from line 1)"),
                load("site.yaml unknown key", p -> p.replace(SITE_YAML, "language: en", "lang: en"),
                        SITE_YAML + ":3: error: unknown key 'lang' (known keys: base-url, language, tagline, title)"),
                load("site.yaml missing key", p -> p.replace(SITE_YAML, "tagline: A small site for the bad-input tests\n", ""),
                        SITE_YAML + ":3: error: missing required key 'tagline'"),
                load("topics.yaml syntax error", p -> p.replace(TOPICS, "articles: [\"3\"]", "articles: [\"3\""),
                        TOPICS + ":6: error: YAML syntax error: expected ',' or ']', but got <scalar> (while parsing a flow sequence from line 6)"),
                load("topics.yaml unknown key", p -> p.replace(TOPICS, "    summary:", "    summery:"),
                        TOPICS + ":5: error: unknown key 'summery'"),
                load("topics.yaml missing key", p -> p.replace(TOPICS, "    title: Working\n", ""),
                        TOPICS + ":6: error: missing required key 'title'"),
                load("glossary.yaml syntax error", p -> p.replace(GLOSSARY, "    term: Single permit", "    term: Single permit: a"),
                        GLOSSARY + ":3: error: YAML syntax error: mapping values are not allowed here"),
                load("glossary.yaml unknown key", p -> p.replace(GLOSSARY, "    plain:", "    plane:"),
                        GLOSSARY + ":4: error: unknown key 'plane'"),
                load("glossary.yaml missing key", p -> p.replace(GLOSSARY, "    plain: One permit for residence and work.\n", ""),
                        GLOSSARY + ":4: error: missing required key 'plain'"),
                load("programme front matter syntax error", p -> p.replace(PROGRAMME, "title: Help desk", "title: Help desk: \"x"),
                        PROGRAMME + ":4: error: YAML syntax error: mapping values are not allowed here"),
                load("programme front matter unknown key", p -> p.replace(PROGRAMME, "organisation:", "organization:"),
                        PROGRAMME + ":5: error: unknown key 'organization'"),
                load("programme front matter missing key", p -> p.replace(PROGRAMME, "organisation: Example Organisation\n", ""),
                        PROGRAMME + ":17: error: missing required key 'organisation'"),
                load("guide front matter syntax error", p -> p.replace(GUIDE, "topics: [work]", "topics: [work"),
                        GUIDE + ":14: error: YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence from line 13)"),
                load("guide front matter unknown key", p -> p.replace(GUIDE, "author: A. Author", "authors: A. Author"),
                        GUIDE + ":5: error: unknown key 'authors'"),
                load("guide front matter missing key", p -> p.replace(GUIDE, "author: A. Author\n", ""),
                        GUIDE + ":14: error: missing required key 'author'"),
                load("guide front matter never closed", p -> p.replace(GUIDE, "---\n## Work", "## Work"),
                        GUIDE + ":1: error: the front matter opened here is never closed"),

                // what only rendering finds
                render("missing template", p -> delete(p.file("templates/glossary.ftlh")),
                        "templates/glossary.ftlh:0: error: template not found"),
                render("template error", p -> p.replace("templates/404.ftlh", "<h1>Page not found</h1>", "<h1>${noSuchValue}</h1>"),
                        "templates/404.ftlh:3: error: template error"),
                render("template syntax error", p -> p.replace("templates/glossary.ftlh", "</#list>", ""),
                        "templates/glossary.ftlh:"),
                render("raw HTML in Markdown", p -> p.write(PROGRAMME, p.read(PROGRAMME) + "\nSome <b>bold</b> text.\n"),
                        PROGRAMME + ":25: error: raw HTML is not allowed in Markdown content: '<b>'"),
                render("<script> in Markdown", p -> p.write(GUIDE, p.read(GUIDE) + "\n<script>alert(1)</script>\n"),
                        GUIDE + ":21: error: raw HTML is not allowed in Markdown content: '<script>alert(1)</script>'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsTheBuildNamingFileAndLine(Breakage c) {
        c.apply().accept(project);
        FixtureProject.Run build = project.run("build");
        assertNotEquals(0, build.exit(), build::all);
        assertTrue(build.err().contains(c.expected()), () -> "expected '" + c.expected() + "' in:\n" + build.err());
        assertTrue(build.err().contains("build stopped: the previous site is left as it was"), build::err);
        project.assertSiteIs(project.lastBuilt());
        if (c.stage().equals("load")) {
            FixtureProject.Run check = project.run("check");
            assertNotEquals(0, check.exit(), check::all);
            assertTrue(check.out().contains(c.expected()), () -> "check: expected '" + c.expected() + "' in:\n" + check.all());
        }
    }

    private static Breakage load(String name, Consumer<FixtureProject> breakage, String expected) {
        return new Breakage(name, breakage, expected, "load");
    }

    private static Breakage render(String name, Consumer<FixtureProject> breakage, String expected) {
        return new Breakage(name, breakage, expected, "render");
    }

    private static String pin(String starts, String number) {
        return "  - starts: \"" + starts + "\"\n    number: \"" + number + "\"\n    why: \"a second pin\"\n";
    }

    private static String firstLines(String text, int n) {
        return String.join("\n", text.lines().limit(n).toList()) + "\n";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The first bytes of a PNG file: a signature with CR LF, SUB and LF, then a chunk length with NUL bytes. */
    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
