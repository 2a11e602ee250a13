package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lexsite.model.Topic;

/** The shape of {@code content/topics.yaml}; every key is required unless marked optional. */
record TopicsFile(@JsonProperty(value = "topics", required = true) List<Located<Entry>> topics) {

    record Entry(@JsonProperty(value = "id", required = true) String id,
                 @JsonProperty(value = "title", required = true) String title,
                 @JsonProperty("situation") String situation,
                 @JsonProperty(value = "summary", required = true) String summary,
                 @JsonProperty(value = "articles", required = true) List<String> articles,
                 @JsonProperty(value = "programmes", required = true) List<String> programmes) {

        Topic toTopic(String file, int line) {
            return new Topic(Required.text(file, line, "id", id), Required.text(file, line, "title", title),
                    situation == null ? null : Required.text(file, line, "situation", situation),
                    Required.text(file, line, "summary", summary), Required.list(articles), Required.list(programmes),
                    file, line);
        }
    }

    List<Topic> toTopics(String file) {
        return topics.stream().map(entry -> entry.value().toTopic(file, entry.line())).toList();
    }
}
