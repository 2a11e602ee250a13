package lexsite.model;

/**
 * Why a programme helps with a topic's articles, for the "Where to get help" of an article page.
 *
 * @param programme the programme's id
 * @param when      a concept id ({@code content/concepts.yaml}): the programme is offered only on articles whose
 *                  text speaks of that subject; null for every article of the topic
 * @param why       one line for the reader: what the programme does for someone in that article's situation
 */
public record TopicHelp(String programme, String when, String why) implements java.io.Serializable {
}
