package lexsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.io.FileUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup in content stays text. Every field a maintainer writes (the act's lines, act.yaml, site.yaml, programme
 * and guide front matter and bodies, topics, glossary) carries hostile strings, from
 * {@code src/test/resources/lexsite/publish/hostile}; the built site must show them without any becoming an element,
 * an event handler, a script or a {@code javascript:} address. Each test fails if the escaping it covers is removed.
 */
class HostileContentTest {

    private static final String SCRIPT = "<script>alert('site')</script>";
    /** Where a script may come from: the site's own files under assets/. */
    private static final Pattern OWN_SCRIPT = Pattern.compile("^(?:\\.\\./)*assets/[\\w/.-]+\\.js$");
    private static final Set<String> DATA_SCRIPTS = Set.of("application/ld+json", "application/json");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path project;
    private static Path site;
    private static final List<Path> pages = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        FileUtils.copyDirectory(Path.of("src/test/resources/lexsite/publish/hostile/content").toFile(), project.resolve("content").toFile());
        FileUtils.copyDirectory(Path.of("templates").toFile(), project.resolve("templates").toFile());
        site = project.resolve("site");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, new SiteBuild(project, site, false).run(out, out), () -> log.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() >= 10, "pages: " + pages);
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String name(Path page) {
        return site.relativize(page).toString().replace('\\', '/');
    }

    @Test
    void theHostileStringsAreShownAsText() {
        Document home = parse(site.resolve("index.html"));
        assertTrue(home.title().contains(SCRIPT), home.title());
        assertTrue(home.text().contains("\"><img src=x onerror=alert(1)>"), "the site title is shown whole");
        String act = parse(site.resolve("acts/foreigners-act/art_1.html")).text();
        assertTrue(act.contains("This Act applies to <script>alert('art1')</script> and \"><img src=x onerror=alert(1)> alike."), act);
        String programme = parse(site.resolve("programmes/hostile-help.html")).text();
        assertTrue(programme.contains("<script>alert('code span')</script>"), programme);
        assertTrue(programme.contains("</script><script>alert('fenced')</script>"), programme);
    }

    @Test
    void noContentBecomesAnElement() {
        for (Path page : pages) {
            Document doc = parse(page);
            for (String tag : List.of("img", "iframe", "object", "embed", "style", "b", "base")) {
                assertTrue(doc.select(tag).isEmpty(), () -> name(page) + " has a <" + tag + ">: " + doc.select(tag).first());
            }
            assertTrue(doc.select("svg[onload], a:contains(this)[href^=javascript]").isEmpty(), name(page));
        }
    }

    @Test
    void noEventHandlersAndNoScriptAddresses() {
        for (Path page : pages) {
            for (Element e : parse(page).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    assertFalse(key.startsWith("on"), () -> name(page) + ": event handler " + a + " on <" + e.tagName() + ">");
                    assertFalse(key.equals("style"), () -> name(page) + ": inline style " + a + " on <" + e.tagName() + ">");
                    if (URL_ATTRIBUTES.contains(key)) {
                        String url = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                        assertFalse(url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:"),
                                () -> name(page) + ": " + a + " on <" + e.tagName() + ">");
                    }
                }
            }
        }
    }

    /** The only scripts are the site's own files and data blocks; a data block parses and holds the text literally. */
    @Test
    void scriptsAreTheSitesOwnOrData() throws IOException {
        int jsonLd = 0;
        for (Path page : pages) {
            for (Element script : parse(page).select("script")) {
                String type = script.attr("type").toLowerCase(Locale.ROOT);
                if (script.hasAttr("src")) {
                    assertTrue(OWN_SCRIPT.matcher(script.attr("src")).matches(), () -> name(page) + ": " + script);
                    assertTrue(script.data().isBlank(), () -> name(page) + ": a script with src and code: " + script);
                    assertTrue(type.isEmpty() || type.equals("module"), () -> name(page) + ": " + script);
                    continue;
                }
                assertTrue(DATA_SCRIPTS.contains(type), () -> name(page) + ": an inline script that is not data: " + script);
                JsonNode data = JSON.readTree(script.data());
                if (type.equals("application/ld+json")) {
                    jsonLd++;
                    String text = data.toString();
                    assertTrue(text.contains("</script><script>alert('act')</script>"), () -> name(page) + ": " + text);
                    assertFalse(script.data().contains("</"), () -> name(page) + ": JSON-LD with a raw '</': " + script.data());
                }
            }
        }
        assertTrue(jsonLd >= 4, "JSON-LD blocks: " + jsonLd);
        JsonNode home = JSON.readTree(parse(site.resolve("acts/foreigners-act/index.html")).selectFirst("script[type=application/ld+json]").data());
        assertEquals("</script><script>alert('act')</script> Act \"><img src=x onerror=alert(1)>", home.get("name").asText());
        assertEquals("]]> </script><script>alert('disclaimer')</script> \"><img src=x onerror=alert(1)>", home.get("description").asText());
    }

    @Test
    void everyPageForbidsInlineScript() {
        for (Path page : pages) {
            Element csp = parse(page).selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, () -> name(page) + " has no Content-Security-Policy");
            String policy = csp.attr("content");
            assertFalse(policy.contains("'unsafe-inline'") || policy.contains("'unsafe-eval'") || policy.contains("'unsafe-hashes'"),
                    () -> name(page) + ": " + policy);
            assertTrue(policy.matches(".*\\bscript-src 'self'(;.*|$)"), () -> name(page) + ": " + policy);
        }
    }

    @Test
    void feedAndSitemapAreWellFormedAndKeepTheTextLiterally() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (String file : List.of("feed.xml", "sitemap.xml")) {
            var doc = factory.newDocumentBuilder().parse(site.resolve(file).toFile()); // throws if not well-formed
            assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), file + " has a script element");
            if (file.equals("feed.xml")) {
                String text = doc.getDocumentElement().getTextContent();
                assertTrue(text.contains(SCRIPT), "the feed shows the site title as text: " + text);
            }
        }
    }

    @Test
    void theDataFilesParse() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("data"))) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JSON.readTree(json.toFile());
            }
        }
    }
}
