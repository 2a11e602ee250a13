package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lexsite.load.ContentError;
import lexsite.model.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownHtmlTest {

    private final MarkdownHtml markdown = new MarkdownHtml();

    private static Markdown body(String text) {
        return new Markdown("content/programmes/example.md", 10, text);
    }

    @Test
    void rendersTextListsAndSafeLinks() {
        String html = markdown.render(body("## Contacts\n\nCall [us](tel:+35929394774) or see <https://www.iom.int>.\n\n- one\n- two\n"));
        assertTrue(html.contains("<h2 id=\"contacts\">Contacts</h2>"), html);
        assertTrue(html.contains("<a href=\"tel:+35929394774\">us</a>"), html);
        assertTrue(html.contains("<a href=\"https://www.iom.int\">"), html);
        assertTrue(html.contains("<li>one</li>"), html);
    }

    @Test
    void refusesRawHtmlNamingFileAndLine() {
        ContentError e = assertThrows(ContentError.class, () -> markdown.render(body("Fine.\n\n<script>alert(1)</script>\n")));
        assertEquals("content/programmes/example.md", e.file());
        assertEquals(12, e.line());
        assertTrue(e.getMessage().contains("raw HTML"), e.getMessage());
    }

    @Test
    void refusesInlineHtml() {
        ContentError e = assertThrows(ContentError.class, () -> markdown.render(body("Text <img src=x onerror=alert(1)> here.")));
        assertEquals(10, e.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](java&#115;cript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)", "![x](data:image/png;base64,AAAA)", "[x](vbscript:msgbox)",
            "<javascript:alert(1)>", "[x](//evil.example/)", "[x](file:///etc/passwd)"})
    void refusesLinksThatCouldRunCodeOrLeaveTheSite(String text) {
        ContentError e = assertThrows(ContentError.class, () -> markdown.render(body(text)));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        String html = markdown.render(body("Fees are 5 < 10 & \"quoted\"."));
        assertTrue(html.contains("5 &lt; 10 &amp;"), html);
    }

    /** ContentFuzzTest's shrunk case: Flexmark could not say the line of a link it had rebuilt, and threw. */
    @Test
    void aLinkFlexmarkRebuildsStillHasItsLine() {
        String text = "See [the form][form], [the offi://bulgaria.iom.int>; write to <help@example.org>.\n"
                + "See [the form][form], [the office][] and <https://bulgaria.iom.int>; write to <help@example.org>map of the office](map.png)\n\n"
                + "> A quotation, with a [reference][form].\n\n[form]: https://www.iom.int/form \"The form\"\n[the office]: programmes.html\n";
        assertTrue(markdown.render(body(text)).contains("https://www.iom.int/form"));
        ContentError e = assertThrows(ContentError.class, () -> markdown.render(body(text.replace("https://www.iom.int/form", "//evil.example"))));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }
}
