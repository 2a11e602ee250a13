package lexsite.xliff;

import java.util.List;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.TextLine;

/**
 * The source act in another language: the same provisions, ids, numbers and notes (notes are never translated),
 * each line's words replaced by the translator's. A unit with no translation keeps its lines with no words, so a
 * page says "not yet translated" and never shows the source language in its place.
 */
public final class TranslatedAct {

    private final Map<String, List<String>> translations;

    private TranslatedAct(Map<String, List<String>> translations) {
        this.translations = translations;
    }

    public static Act of(Act source, ActVersion version, Map<String, List<String>> translations) {
        TranslatedAct t = new TranslatedAct(translations);
        return new Act(source.manifest(), version, t.lines("preface", source.frontMatter()),
                source.body().stream().map(t::division).toList(), t.lines("closing", source.closing()),
                t.lines("backMatter", source.backMatter()));
    }

    /** True where a node's words were not translated (see {@link #of}). */
    public static boolean untranslated(List<TextLine> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.text().isEmpty());
    }

    private Division division(Division d) {
        String title = d.title() == null ? null : lines(d.id(), List.of(new TextLine(d.line(), d.title()))).get(0).text();
        return new Division(d.id(), d.kind(), d.number(), title, d.provenance(), d.line(),
                d.articles().stream().map(this::article).toList(), d.children().stream().map(this::division).toList());
    }

    private Article article(Article a) {
        return new Article(a.id(), a.kind(), a.number(), a.label(), a.origin(), a.certainty(), a.status(), a.provenance(),
                a.paragraphs().stream().map(this::paragraph).toList(), a.alternatives().stream().map(this::article).toList(), a.line());
    }

    private Paragraph paragraph(Paragraph p) {
        return new Paragraph(p.id(), p.number(), p.status(), p.provenance(), lines(p.id(), p.text()),
                p.items().stream().map(this::item).toList(), p.line());
    }

    private Item item(Item i) {
        return new Item(i.id(), i.number(), i.status(), i.provenance(), lines(i.id(), i.text()),
                i.subItems().stream().map(this::item).toList(), i.line());
    }

    private List<TextLine> lines(String id, List<TextLine> source) {
        List<String> words = translations.get(id);
        return java.util.stream.IntStream.range(0, source.size()).mapToObj(i -> {
            TextLine s = source.get(i);
            return new TextLine(s.line(), words == null ? "" : words.get(i), s.listMissingAfter());
        }).toList();
    }
}
