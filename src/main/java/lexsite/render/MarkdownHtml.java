package lexsite.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Locale;
import java.util.regex.Pattern;
import lexsite.load.ContentError;
import lexsite.model.Markdown;

/**
 * Markdown bodies to HTML with Flexmark. Content is text, not markup: raw HTML and links to anything but
 * web, mail and phone addresses are refused with the file and line, so nothing a page shows can run code.
 */
public final class MarkdownHtml {

    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?:https?|mailto|tel):");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownHtml() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true); // a second guard: raw HTML is refused before rendering anyway
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public String render(Markdown markdown) {
        Document document = parser.parse(markdown.text());
        check(document, markdown);
        return renderer.render(document);
    }

    private static void check(Node node, Markdown markdown) {
        if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                || node instanceof HtmlInlineComment) {
            throw new ContentError(markdown.file(), lineOf(node, markdown),
                    "raw HTML is not allowed in Markdown content: '" + abbreviate(node.getChars().toString()) + "'");
        }
        // unescape(): CommonMark decodes entities and backslashes, so "java&#115;cript:" must be checked decoded
        String url = node instanceof Link l ? l.getUrl().unescape()
                : node instanceof Image i ? i.getUrl().unescape()
                : node instanceof AutoLink a ? a.getUrl().unescape()
                : null;
        if (url != null && !isSafe(url)) {
            throw new ContentError(markdown.file(), lineOf(node, markdown), "link to '" + abbreviate(url)
                    + "' refused: only http(s), mailto:, tel: and relative addresses are allowed");
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) check(child, markdown);
    }

    static boolean isSafe(String url) {
        String compact = url.strip().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
        if (compact.startsWith("//")) return false; // another host, scheme-relative
        return !SCHEME.matcher(compact).find() || SAFE_SCHEME.matcher(compact).find();
    }

    private static int lineOf(Node node, Markdown markdown) {
        return markdown.firstLine() + node.getLineNumber();
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
