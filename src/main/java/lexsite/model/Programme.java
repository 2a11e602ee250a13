package lexsite.model;

import java.util.List;

/**
 * A programme page: what an organisation offers migrants, from {@code content/programmes/<id>.md}.
 *
 * @param file         the page's file, relative to the project
 * @param country      ISO 3166-1 alpha-2 code of where the programme runs ("bg", "ro")
 * @param language     ISO 639-1 code of the text
 * @param source       the name of the source file the page was taken from
 * @param topics       ids of the {@link Topic}s the programme helps with
 * @param targetGroups who the programme is for, in its own words
 */
public record Programme(String id, String file, String title, String organisation, String country, String language,
                        String source, String summary, List<String> topics, List<Service> services,
                        List<String> targetGroups, List<Contact> contacts, Markdown body) implements java.io.Serializable {

    public Programme {
        topics = List.copyOf(topics);
        services = List.copyOf(services);
        targetGroups = List.copyOf(targetGroups);
        contacts = List.copyOf(contacts);
    }
}
