package lexsite.model;

import java.util.List;

/**
 * A plain-language entry point into the act and the programmes, from {@code content/topics.yaml}.
 *
 * @param situation  the reader's own words for the home page ("I want to work"); null where the topic has none
 * @param articles   the article numbers of the act the topic concerns, as the translation cites them
 * @param programmes ids of the programmes that help with it
 * @param help       the programmes an article page of the topic offers, each with why: fewer and more pointed
 *                   than {@code programmes}, which the topic's own page lists
 * @param file       the file the topic is defined in, relative to the project
 * @param line       the line where its entry starts, for diagnostics
 */
public record Topic(String id, String title, String situation, String summary, List<String> articles,
                    List<String> programmes, List<TopicHelp> help, String file, int line) implements java.io.Serializable {

    public Topic {
        articles = List.copyOf(articles);
        programmes = List.copyOf(programmes);
        help = List.copyOf(help);
    }

    public Topic(String id, String title, String situation, String summary, List<String> articles,
                 List<String> programmes, String file, int line) {
        this(id, title, situation, summary, articles, programmes, List.of(), file, line);
    }
}
