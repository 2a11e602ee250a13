package lexsite.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything on the site besides the acts: programmes, guides, topics and the glossary, each sorted by id, and
 * the search synonyms and concepts in file order.
 */
public record Library(List<Programme> programmes, List<Guide> guides, List<Topic> topics, List<GlossaryEntry> glossary,
                      List<Synonym> synonyms, List<Concept> concepts) implements java.io.Serializable {

    public Library {
        programmes = programmes.stream().sorted(Comparator.comparing(Programme::id)).toList();
        guides = guides.stream().sorted(Comparator.comparing(Guide::id)).toList();
        topics = topics.stream().sorted(Comparator.comparing(Topic::id)).toList();
        glossary = glossary.stream().sorted(Comparator.comparing(GlossaryEntry::id)).toList();
        synonyms = List.copyOf(synonyms);
        concepts = List.copyOf(concepts);
    }

    public Library(List<Programme> programmes, List<Guide> guides, List<Topic> topics, List<GlossaryEntry> glossary,
                   List<Synonym> synonyms) {
        this(programmes, guides, topics, glossary, synonyms, List.of());
    }

    public Library(List<Programme> programmes, List<Guide> guides, List<Topic> topics, List<GlossaryEntry> glossary) {
        this(programmes, guides, topics, glossary, List.of(), List.of());
    }
}
