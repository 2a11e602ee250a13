package lexsite.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import lexsite.model.Markdown;

/**
 * A Markdown body cut at its level-2 and level-3 headings, each piece as plain text with the anchor the site
 * gives its heading (Flexmark's generated header ids, as {@code lexsite.render.MarkdownHtml} renders them).
 * Level 3 counts too: the guide's real sections are its ### headings under two broad ## parts.
 */
final class MarkdownSections {

    /** @param anchor the heading's id on the page; null for the text before the first heading */
    record Section(String heading, String anchor, String text) {
    }

    private final Parser parser;

    MarkdownSections() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        parser = Parser.builder(options).build();
    }

    List<Section> split(Markdown body) {
        Document document = parser.parse(body.text());
        new HeaderIdGenerator.Factory().create().generateIds(document);
        List<Section> out = new ArrayList<>();
        String heading = null;
        String anchor = null;
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() >= 2 && h.getLevel() <= 3) {
                add(out, heading, anchor, text);
                heading = h.getText().toString().strip();
                anchor = h.getAnchorRefId();
                text.setLength(0);
            } else {
                if (!text.isEmpty()) text.append('\n');
                text.append(new TextCollectingVisitor().collectAndGetText(node).strip());
            }
        }
        add(out, heading, anchor, text);
        return out;
    }

    private static void add(List<Section> out, String heading, String anchor, StringBuilder text) {
        String plain = text.toString().strip();
        if (heading != null || !plain.isEmpty()) out.add(new Section(heading, anchor, plain));
    }
}
