package lexsite.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The kinds of hand-written input besides the act's text, each with its seed corpus
 * ({@code src/test/resources/lexsite/fuzz/corpus/<folder>}), the part of a seed that mutations touch, and the
 * pieces they insert: the syntax of the format, values of the wrong kind, and what a hostile contributor tries.
 */
enum ContentKind {

    YAML("yaml", List.of("&a ", "*a", "&x [1, 2]\n", ": ", "- ", "-", "[", "]", "{", "}", ",", "\"", "'", "#", "\t", "    ",
            "\n", "\n  ", "---\n", "...\n", "!!str ", "!!binary ", "!!python/object/apply:os.system ['id'] ", "~", "null",
            "true", "0", "-1", "99999999999999999999", "1e400", "2025-02-31", "2025-13", "0x1F", "<<: *a\n", "? ",
            "|\n  ", ">\n  ", "../../../secret.txt", "/etc/passwd", "en", "javascript:alert(1)", "//evil.example/x",
            "\u202E", "\u200B", "\uFEFF", "\u0000", "\r", "<script>alert(1)</script>", "id: ", "file: ", "number: ",
            "articles: [", "language: xx", "%YAML 1.1\n", "!<tag:yaml.org,2002:str> ", "\u00A0", "\uD83D\uDE00")),

    FRONT_MATTER("front-matter", YAML.pieces),

    MARKDOWN("markdown", List.of("[x][r]\n\n[r]: ", "![i](", "![i][r]", "[x](", ")", "](", "<", ">", "<https://iom.int>",
            "<javascript:alert(1)>", "data:text/html,x", "//evil.example/", "https://www.iom.int/", "http://x/y.png",
            "javascript:", "java&#115;cript:", "&#x6A;", "\\", "`", "```\n", "~~~\n", "> ", "* ", "1. ", "# ", "\n---\n",
            "***", "<div>", "<!-- x -->", "<b>", "&amp;", "&#0;", "[^1]", "|a|b|\n|-|-|\n", "\n\n", "  \n", "\t",
            "\u202E", "\u200B", "\u0000", "Article 24i", "mailto:x@example.org", "tel:+359", "vbscript:x", " \"title\"",
            "[r]: <>", "\n[r]: //evil.example\n", "\\\\evil.example", "/etc/passwd", "../../secret.txt")),

    TEMPLATE("template", List.of("${", "}", "${x}", "${x!}", "${.now}", "<#list 1..100000000 as i>x</#list>",
            "<#list 1..9000000000 as i></#list>", "<#list ", "</#list>", "<#if true>", "</#if>", "<#assign x = 1>",
            "<#include \"../content/site.yaml\">", "<#include \"/../secret.txt\">", "<#include \"layout.ftlh\">",
            "<#import \"layout.ftlh\" as l>", "<@layout.page meta>", "</@layout.page>", "?no_esc", "?eval",
            "${\"x\"?left_pad(10000000)}", "<#stop \"x\">", "<#attempt>", "<#recover>", "</#attempt>",
            "<#macro m><@m/></#macro><@m/>", "${meta}", "<#--", "-->", "<", ">", "\"", "#", "@", "\u0000", "\u202E",
            "<#ftl output_format=\"plainText\">", "<#noautoesc>", "${'<script>'?no_esc}", "?api",
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "${site.title()}", "<#list [] as x></#list>"));

    final String folder;
    final List<String> pieces;

    ContentKind(String folder, List<String> pieces) {
        this.folder = folder;
        this.pieces = pieces;
    }

    /** Where a seed goes in the project: "act.flow.yaml" replaces content/acts/foreigners-act/act.yaml. */
    private static final Map<String, String> TARGETS = Map.of(
            "site.yaml", "content/site.yaml", "topics.yaml", "content/topics.yaml", "glossary.yaml", "content/glossary.yaml",
            "act.yaml", "content/acts/foreigners-act/act.yaml", "pins.yaml", "content/acts/foreigners-act/pins.yaml",
            "help-desk.md", "content/programmes/help-desk.md", "old-guide.md", "content/guides/old-guide.md");

    static String target(String seedName) {
        String base = seedName.substring(0, seedName.indexOf('.')) + seedName.substring(seedName.lastIndexOf('.'));
        return base.matches(".*\\.ftl[hx]") ? "templates/" + base : TARGETS.get(base);
    }

    /** The seeds of this kind, sorted by name: a named file and its text. */
    List<Seed> seeds() {
        Path dir = Path.of("src/test/resources/lexsite/fuzz/corpus", folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(f -> new Seed(f.getFileName().toString(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters a mutation may touch: the front matter only, the Markdown body only, or all of it. */
    int[] region(String text) {
        int first = text.indexOf("---");
        int second = first < 0 ? -1 : text.indexOf("\n---", first + 3);
        return switch (this) {
            case FRONT_MATTER -> second < 0 ? new int[] {0, text.length()} : new int[] {first + 4, second + 1};
            case MARKDOWN -> second < 0 ? new int[] {0, text.length()} : new int[] {Math.min(text.length(), second + 5), text.length()};
            default -> new int[] {0, text.length()};
        };
    }

    record Seed(String name, String text) {
        String target() {
            return ContentKind.target(name);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
