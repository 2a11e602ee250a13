package lexsite.search;

import java.util.List;

/**
 * One searchable unit of the site: an article, a numbered paragraph (with its items), a programme or guide
 * section, a glossary entry or a topic.
 *
 * @param id       the node id ("art_24i__para_1") or, outside the act, "programme:iom-romania#contact"
 * @param kind     law, programme, guide, glossary or topic
 * @param act      the act's id for law documents; null otherwise
 * @param language ISO 639-1 code of the text, which picks its analyzer
 * @param citation how a reader cites it ("Article 24i(1)"); null outside the act
 * @param title    the heading, or the citation plus the first words where the source lost the heading
 * @param chapter  the division (law) or page (elsewhere) it belongs to
 * @param gazette  ids of the State Gazette issues that amended it ("sg-52-2025"), in the notes' order
 * @param url      the page from the site root, with the anchor: "acts/foreigners-act/art_24i.html#art_24i__para_1"
 */
public record SearchDocument(String id, Kind kind, String act, String language, String citation, String title,
                             String text, String chapter, List<String> gazette, String url) {

    public enum Kind {
        LAW, PROGRAMME, GUIDE, GLOSSARY, TOPIC;

        /** As stored and as typed on the command line: "law". */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SearchDocument {
        gazette = List.copyOf(gazette);
    }
}
