package lexsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import lexsite.export.RealAct;
import lexsite.model.Article;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import org.junit.jupiter.api.Test;

/** The EES articles' two wordings side by side: every word of each shown, each difference marked. */
class ParallelViewTest {

    private static List<Article> withWordings() {
        return RealAct.result().act().provisions().stream().filter(a -> !a.alternatives().isEmpty()).toList();
    }

    @Test
    void theSourceGivesTwoArticlesTwice() {
        assertEquals(2, withWordings().size(), withWordings().stream().map(Article::id).toList().toString());
    }

    @Test
    void noWordOfEitherWordingIsDropped() {
        for (Article a : withWordings()) {
            Article second = a.alternatives().get(0);
            ParallelView view = ParallelView.wordings(a, second, "Wording 1", "Wording 2", "en");
            assertEquals(texts(a), side(view, true), a.id());
            assertEquals(texts(second), side(view, false), second.id());
            assertTrue(view.differs() > 0, a.id() + ": the wordings differ");
        }
    }

    @Test
    void rowsOnlyOneSideHasAreKeptInTheirPlace() {
        assertEquals(List.of("a", "x", "b", "c", "y"), ParallelView.merged(List.of("a", "b", "c"), List.of("a", "x", "b", "c", "y")));
        assertEquals(List.of("x", "a"), ParallelView.merged(List.of("a"), List.of("x", "a")));
    }

    /** One side's words, node by node, as the view shows them. */
    private static List<String> side(ParallelView view, boolean left) {
        List<String> out = new ArrayList<>();
        for (ParallelView.Row r : view.rows()) {
            ParallelView.Cell c = left ? r.left() : r.right();
            if (c.missing()) continue;
            assertFalse(c.untranslated());
            StringBuilder s = new StringBuilder();
            c.runs().forEach(run -> s.append(run.text()));
            out.add(s.toString());
        }
        return out;
    }

    private static List<String> texts(Article a) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            out.add(String.join("\n", p.text().stream().map(t -> t.text()).toList()));
            for (Item i : p.items()) item(i, out);
        }
        return out;
    }

    private static void item(Item i, List<String> out) {
        out.add(String.join("\n", i.text().stream().map(t -> t.text()).toList()));
        for (Item s : i.subItems()) item(s, out);
    }
}
