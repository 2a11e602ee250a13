package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lexsite.model.GlossaryEntry;

/** The shape of {@code content/glossary.yaml}; every key is required. */
record GlossaryFile(@JsonProperty(value = "terms", required = true) List<Located<Entry>> terms) {

    record Entry(@JsonProperty(value = "id", required = true) String id,
                 @JsonProperty(value = "term", required = true) String term,
                 @JsonProperty(value = "plain", required = true) String plain,
                 @JsonProperty(value = "articles", required = true) List<String> articles) {

        GlossaryEntry toEntry(String file, int line) {
            return new GlossaryEntry(Required.text(file, line, "id", id), Required.text(file, line, "term", term),
                    Required.text(file, line, "plain", plain), Required.list(articles), file, line);
        }
    }

    List<GlossaryEntry> toEntries(String file) {
        return terms.stream().map(entry -> entry.value().toEntry(file, entry.line())).toList();
    }
}
