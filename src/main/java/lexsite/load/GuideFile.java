package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.YearMonth;
import java.util.List;
import lexsite.model.DiscussedArticle;
import lexsite.model.Guide;
import lexsite.model.Markdown;

/** The front matter of {@code content/guides/<id>.md}; every key is required unless marked optional. */
record GuideFile(
        @JsonProperty(value = "id", required = true) Located<String> id,
        @JsonProperty(value = "kind", required = true) Located<String> kind,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "author", required = true) String author,
        @JsonProperty(value = "organisation", required = true) String organisation,
        @JsonProperty(value = "country", required = true) String country,
        @JsonProperty(value = "language", required = true) String language,
        @JsonProperty(value = "source", required = true) String source,
        @JsonProperty(value = "written", required = true) YearMonth written,
        @JsonProperty("historical") boolean historical,
        @JsonProperty(value = "summary", required = true) String summary,
        @JsonProperty("topics") Located<List<String>> topics,
        @JsonProperty("discusses") List<Located<Discussion>> discusses) implements PageFront {

    /** One entry of {@code discusses}: {@code {article: "9a", subject: "types of visas"}}. */
    record Discussion(@JsonProperty(value = "article", required = true) String article,
                      @JsonProperty(value = "subject", required = true) String subject) {
    }

    Guide toGuide(Markdown body) {
        String file = body.file();
        int line = 1; // an empty key is reported at the front matter, which starts the file
        List<DiscussedArticle> pins = discusses == null ? List.of() : discusses.stream()
                .map(d -> {
                    if (d == null || d.value() == null) throw new ContentError(file, line, "an entry of 'discusses' is empty");
                    return d;
                })
                .map(d -> new DiscussedArticle(Required.text(file, d.line(), "article", d.value().article),
                        Required.text(file, d.line(), "subject", d.value().subject), d.line()))
                .toList();
        return new Guide(id.value(), file, Required.text(file, line, "title", title),
                Required.text(file, line, "author", author), Required.text(file, line, "organisation", organisation),
                Required.text(file, line, "country", country), Required.text(file, line, "language", language),
                Required.text(file, line, "source", source), written, historical,
                Required.text(file, line, "summary", summary), topicIds(), pins, body);
    }
}
