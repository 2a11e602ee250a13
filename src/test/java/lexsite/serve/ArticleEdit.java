package lexsite.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexsite.model.Article;
import lexsite.pipeline.ResolvedContent;

/** A maintainer's edit of one article's words, as the serve tests make it. */
final class ArticleEdit {

    private ArticleEdit() {
    }

    /** Appends {@code word} to the line holding the first words of article {@code articleId} of {@code built}'s act. */
    static void appendToFirstLine(Path text, ResolvedContent built, String articleId, String word) throws IOException {
        Article article = built.current().get(0).act().provisions().stream().filter(a -> a.id().equals(articleId))
                .findFirst().orElseThrow();
        List<String> lines = new ArrayList<>(Files.readAllLines(text));
        String opening = article.firstText().substring(0, Math.min(30, article.firstText().length()));
        int at = article.line() - 1;
        while (at < lines.size() && !lines.get(at).contains(opening)) at++;
        assertTrue(!opening.isEmpty() && at < lines.size(), articleId + "'s first words are on no line");
        lines.set(at, lines.get(at) + " " + word);
        Files.write(text, lines);
    }
}
