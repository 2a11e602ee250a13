package lexsite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.TextLine;

/**
 * The opening words of each citable node of an act (article, paragraph, item), so a page that lists provisions
 * (a gazette issue's) shows what each says, not only its number. An article's opening is its first words; a
 * node with no words of its own in the source (a repealed one) has none.
 */
final class ProvisionOpenings {

    static final int WORDS = 30;

    private final Map<String, String> byId = new HashMap<>();

    ProvisionOpenings(Act act) {
        for (Article a : act.provisions()) {
            List<Article> wordings = new ArrayList<>(List.of(a));
            wordings.addAll(a.alternatives());
            for (Article wording : wordings) {
                List<String> all = new ArrayList<>();
                for (Paragraph p : wording.paragraphs()) {
                    List<String> words = new ArrayList<>(texts(p.text()));
                    for (Item i : p.items()) words.addAll(item(i));
                    put(p.id(), words);
                    all.addAll(words);
                }
                put(wording.id(), all);
            }
        }
    }

    private List<String> item(Item item) {
        List<String> words = new ArrayList<>(texts(item.text()));
        for (Item sub : item.subItems()) words.addAll(item(sub));
        put(item.id(), words);
        return words;
    }

    private void put(String id, List<String> texts) {
        String[] words = String.join(" ", texts).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return;
        byId.put(id, words.length <= WORDS ? String.join(" ", words)
                : String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + " …");
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    /** Node id → its opening words; nodes without words are absent. */
    Map<String, String> byId() {
        return byId;
    }
}
