package lexsite.load;

import java.util.List;
import lexsite.model.Markdown;

/**
 * A Markdown file split into its YAML front matter (between two lines {@code ---}) and its body.
 *
 * @param yaml the front matter from line 1 of the file: the opening {@code ---} is kept, YAML reads it as the
 *             start of a document, so every line YAML reports is a line of the Markdown file
 * @param body the rest, with the line where it starts
 */
record FrontMatter(String yaml, Markdown body) {

    private static final String FENCE = "---";

    static FrontMatter split(SourceText text) {
        List<String> lines = text.lines();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new ContentError(text.file(), 1, "the file must start with front matter: a line '---', the YAML keys, and another line '---'");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return new FrontMatter(String.join("\n", lines.subList(0, i)), new Markdown(text.file(), i + 2, body));
            }
        }
        throw new ContentError(text.file(), 1, "the front matter opened here is never closed by a line '---'");
    }
}
