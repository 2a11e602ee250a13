package lexsite.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import lexsite.load.ContentError;
import lexsite.load.UrlPolicy;
import lexsite.load.UrlPolicy.Use;
import lexsite.model.Markdown;

/**
 * Markdown bodies to HTML with Flexmark. Content is text, not markup: raw HTML is refused, and every address on
 * the parsed tree (links, images, reference definitions and the links that use them, autolinks) must pass
 * {@link UrlPolicy}, with the file and line, so nothing a page shows can run code or reach another site unasked.
 */
public final class MarkdownHtml {

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
        check(document, document, markdown);
        return renderer.render(document);
    }

    private void check(Node node, Document document, Markdown markdown) {
        if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                || node instanceof HtmlInlineComment) {
            throw new ContentError(markdown.file(), lineOf(node, markdown),
                    "raw HTML is not allowed in Markdown content: '" + abbreviate(node.getChars().toString()) + "'");
        }
        // unescape(): CommonMark decodes entities and backslashes, so "java&#115;cript:" must be checked decoded
        if (node instanceof Image i) UrlPolicy.require(i.getUrl().unescape(), Use.RESOURCE, markdown.file(), lineOf(node, markdown));
        else if (node instanceof Link l) UrlPolicy.require(l.getUrl().unescape(), Use.LINK, markdown.file(), lineOf(node, markdown));
        else if (node instanceof AutoLink a) UrlPolicy.require(a.getUrl().unescape(), Use.LINK, markdown.file(), lineOf(node, markdown));
        else if (node instanceof Reference r) UrlPolicy.require(r.getUrl().unescape(), Use.LINK, markdown.file(), lineOf(node, markdown));
        else if (node instanceof RefNode ref) { // [text][label] and ![alt][label]: the definition's address, used here
            Reference definition = ref.getReferenceNode(document);
            if (definition != null) {
                UrlPolicy.require(definition.getUrl().unescape(), node instanceof ImageRef ? Use.RESOURCE : Use.LINK,
                        markdown.file(), lineOf(node, markdown));
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) check(child, document, markdown);
    }

    /**
     * Counted from the node's offset in the text rather than asked of Flexmark, which needs the node still in its
     * document: a reference definition a later one of the same label replaced is not (ContentFuzzTest).
     */
    private static int lineOf(Node node, Markdown markdown) {
        String text = markdown.text();
        int end = Math.min(Math.max(0, node.getStartOffset()), text.length());
        int line = 0;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') line++;
        return markdown.firstLine() + line;
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
