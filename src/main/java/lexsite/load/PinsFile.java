package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The shape of an act's pins file: what a maintainer settles that the text cannot. Each pin names an
 * article by how its text starts, so pins survive renumbering and re-translation of other articles.
 */
public record PinsFile(
        @JsonProperty("articles") List<ArticlePin> articles,
        @JsonProperty("second-wordings") List<SecondWording> secondWordings,
        @JsonProperty("supplementary-starts") String supplementaryStarts) {

    public PinsFile {
        articles = articles == null ? List.of() : List.copyOf(articles);
        secondWordings = secondWordings == null ? List.of() : List.copyOf(secondWordings);
    }

    public static final PinsFile NONE = new PinsFile(List.of(), List.of(), null);

    /**
     * @param starts        the article's first words, exactly as in the source
     * @param number        its number ("9", "24i")
     * @param outOfSequence the article stands out of order in the source
     * @param why           the maintainer's reason, shown by `lexsite check`
     * @param source        the public source that gives the number (an address), shown by `check` and the site
     * @param alsoStarts    the article's first words in other versions, where an amendment changed them (`lexsite
     *                      import` adds them, so a pin follows its article through time)
     */
    public record ArticlePin(@JsonProperty(value = "starts", required = true) Located<String> startsAt,
                             @JsonProperty(value = "number", required = true) String number,
                             @JsonProperty("out-of-sequence") boolean outOfSequence,
                             @JsonProperty(value = "why", required = true) String why,
                             @JsonProperty("source") String source,
                             @JsonProperty("also-starts") List<String> alsoStarts) {
        public ArticlePin {
            alsoStarts = alsoStarts == null ? List.of() : List.copyOf(alsoStarts);
        }

        public String starts() {
            return startsAt.value();
        }

        /** Every way the article's text may start: in this version or another. */
        public List<String> allStarts() {
            List<String> all = new java.util.ArrayList<>(List.of(starts()));
            all.addAll(alsoStarts);
            return all;
        }

        /** Where the pin stands in the pins file, so a pin that cannot hold is named by its line. */
        public int line() {
            return startsAt.line();
        }
    }

    /** An article the source repeats in other words: it is shown with the article it repeats, not numbered. */
    public record SecondWording(@JsonProperty(value = "starts", required = true) Located<String> startsAt,
                                @JsonProperty(value = "why", required = true) String why) {
        public String starts() {
            return startsAt.value();
        }

        public int line() {
            return startsAt.line();
        }
    }

    /** The same pins less every number pin: what the act would be with the maintainers' numbers taken away. */
    public PinsFile withoutNumbers() {
        return new PinsFile(List.of(), secondWordings, supplementaryStarts);
    }

    public int count() {
        return articles.size() + secondWordings.size() + (supplementaryStarts == null ? 0 : 1);
    }
}
