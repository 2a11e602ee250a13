package lexsite.xliff;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.ProvisionNode;
import lexsite.model.Provenance;
import lexsite.model.TextLine;

/**
 * One thing a translator translates: a provision's words (a paragraph, an item, a second wording's paragraph), a
 * division heading, or the lines before and after the provisions; keyed by the site's eId.
 *
 * @param id    the eId ({@code art_9e__para_1}), a division's id, or {@code preface}/{@code closing}/{@code backMatter}
 * @param label how a reader cites it ("Article 9e(1)"), for the translator's context
 * @param lines one segment each, in source order
 * @param note  the provision's amendment note, shown to the translator but never translated; empty where none
 * @param articleNote the note of the article (or wording) itself, given with its first unit for context
 */
public record SourceUnit(String id, String label, List<TextLine> lines, Provenance note, Provenance articleNote) {

    public SourceUnit {
        lines = List.copyOf(lines);
    }

    public List<String> texts() {
        return lines.stream().map(TextLine::text).toList();
    }

    /** Every unit of {@code act}, in source order; nodes with no words (a bare "2.") have none. */
    public static List<SourceUnit> of(Act act) {
        List<SourceUnit> out = new ArrayList<>();
        add(out, "preface", "Before the provisions", act.frontMatter(), Provenance.NONE);
        for (Division d : act.body()) division(d, out);
        add(out, "closing", "The closing formula", act.closing(), Provenance.NONE);
        add(out, "backMatter", "After the closing formula", act.backMatter(), Provenance.NONE);
        return out;
    }

    private static void division(Division d, List<SourceUnit> out) {
        if (d.title() != null) add(out, d.id(), "Heading " + (d.number() == null ? "" : d.number()), List.of(new TextLine(d.line(), d.title())), Provenance.NONE);
        for (Article a : d.articles()) {
            wording(a, ProvisionNode.articleLabel(a), out);
            for (int i = 0; i < a.alternatives().size(); i++) {
                wording(a.alternatives().get(i), ProvisionNode.articleLabel(a) + " (wording " + (i + 2) + ")", out);
            }
        }
        for (Division c : d.children()) division(c, out);
    }

    private static void wording(Article a, String label, List<SourceUnit> out) {
        int first = out.size();
        for (Paragraph p : a.paragraphs()) {
            String paragraphLabel = p.isNumbered() ? label + "(" + p.number() + ")" : label;
            add(out, p.id(), paragraphLabel, p.text(), p.provenance());
            for (Item i : p.items()) item(i, paragraphLabel + ", item ", out);
        }
        if (out.size() > first && !a.provenance().isEmpty()) {
            SourceUnit u = out.get(first);
            out.set(first, new SourceUnit(u.id(), u.label(), u.lines(), u.note(), a.provenance()));
        }
    }

    private static void item(Item i, String prefix, List<SourceUnit> out) {
        String label = prefix + i.number();
        add(out, i.id(), label, i.text(), i.provenance());
        for (Item s : i.subItems()) item(s, label + ", letter ", out);
    }

    private static void add(List<SourceUnit> out, String id, String label, List<TextLine> lines, Provenance note) {
        if (!lines.isEmpty()) out.add(new SourceUnit(id, label, lines, note, Provenance.NONE));
    }
}
