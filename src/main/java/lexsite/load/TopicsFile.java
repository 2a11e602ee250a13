package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lexsite.model.Topic;
import lexsite.model.TopicHelp;

/** The shape of {@code content/topics.yaml}; every key is required unless marked optional. */
record TopicsFile(@JsonProperty(value = "topics", required = true) List<Located<Entry>> topics) {

    record Entry(@JsonProperty(value = "id", required = true) String id,
                 @JsonProperty(value = "title", required = true) String title,
                 @JsonProperty("situation") String situation,
                 @JsonProperty(value = "summary", required = true) String summary,
                 @JsonProperty(value = "articles", required = true) List<String> articles,
                 @JsonProperty(value = "programmes", required = true) List<String> programmes,
                 @JsonProperty("help") List<Help> help) {

        Topic toTopic(String file, int line) {
            List<TopicHelp> helps = help == null ? List.of() : help.stream().map(h -> h.toHelp(file, line)).toList();
            for (TopicHelp h : helps) {
                if (!Required.list(programmes).contains(h.programme())) {
                    throw new ContentError(file, line, "help names '" + h.programme() + "', which is not among the topic's programmes");
                }
            }
            return new Topic(Required.text(file, line, "id", id), Required.text(file, line, "title", title),
                    situation == null ? null : Required.text(file, line, "situation", situation),
                    Required.text(file, line, "summary", summary), Required.list(articles), Required.list(programmes),
                    helps, file, line);
        }
    }

    /** One programme an article page of the topic offers: "when" is optional (a concept id). */
    record Help(@JsonProperty(value = "programme", required = true) String programme,
                @JsonProperty("when") String when,
                @JsonProperty(value = "why", required = true) String why) {

        TopicHelp toHelp(String file, int line) {
            return new TopicHelp(Required.text(file, line, "programme", programme),
                    when == null ? null : Required.text(file, line, "when", when), Required.text(file, line, "why", why));
        }
    }

    List<Topic> toTopics(String file) {
        return topics.stream().map(entry -> entry.value().toTopic(file, entry.line())).toList();
    }
}
