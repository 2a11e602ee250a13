package lexsite.history;

import java.util.ArrayList;
import java.util.List;
import lexsite.model.Article;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.TextLine;

/**
 * An article's words as a reader sees them, for comparing versions: each paragraph, item and letter on a line of
 * its own behind its marker ("(2)", "3.", "a)"), without the amendment notes, which say how the text came to be
 * rather than what it says.
 */
public final class ProvisionText {

    private ProvisionText() {
    }

    public static String of(Article article) {
        List<String> lines = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            String marker = p.isNumbered() ? "(" + p.number() + ") " : "";
            if (p.text().isEmpty() && !marker.isEmpty()) lines.add(marker.strip());
            for (int i = 0; i < p.text().size(); i++) lines.add((i == 0 ? marker : "") + p.text().get(i).text());
            for (Item item : p.items()) add(item, lines);
        }
        return String.join("\n", lines);
    }

    private static void add(Item item, List<String> lines) {
        String marker = item.number().chars().allMatch(Character::isDigit) ? item.number() + ". " : item.number() + ") ";
        List<TextLine> text = item.text();
        if (text.isEmpty()) lines.add(marker.strip());
        for (int i = 0; i < text.size(); i++) lines.add((i == 0 ? marker : "") + text.get(i).text());
        for (Item sub : item.subItems()) add(sub, lines);
    }
}
