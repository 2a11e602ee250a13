package lexsite.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article number: the whole number of the original act plus, for articles inserted later, a letter
 * suffix in Bulgarian alphabet order ("9е" is the sixth article inserted after 9).
 *
 * @param base   the whole number, 1 or more
 * @param suffix 0 for an original article, else the 1-based position of its letter in {@link #LETTERS}
 */
// Jackson lists annotated getters in the order reflection gives methods, which changes from one JVM to the next
@JsonPropertyOrder({"base", "suffix", "latin", "bulgarian"})
// the two forms are written for readers of the JSON and follow from base and suffix when it is read back
@JsonIgnoreProperties(value = {"latin", "bulgarian"}, allowGetters = true)
public record ArticleNumber(int base, int suffix) implements Comparable<ArticleNumber>, java.io.Serializable {

    /** One inserted-article letter: its Bulgarian form, the Latin form this translation cites, other spellings. */
    public record Letter(String bulgarian, String latin, List<String> aliases) implements java.io.Serializable {
    }

    /**
     * Bulgarian suffix letters in order (й, ъ and ь are never used). The Latin forms are those the
     * translation itself uses in its citations: "Article 24v" is 24в and "47j" is 47ж; it also writes
     * 24в once as "24c", hence the alias.
     */
    public static final List<Letter> LETTERS = List.of(
            new Letter("а", "a", List.of()),
            new Letter("б", "b", List.of()),
            new Letter("в", "v", List.of("c")),
            new Letter("г", "g", List.of()),
            new Letter("д", "d", List.of()),
            new Letter("е", "e", List.of()),
            new Letter("ж", "j", List.of("zh")),
            new Letter("з", "z", List.of()),
            new Letter("и", "i", List.of()),
            new Letter("к", "k", List.of()),
            new Letter("л", "l", List.of()),
            new Letter("м", "m", List.of()),
            new Letter("н", "n", List.of()),
            new Letter("о", "o", List.of()),
            new Letter("п", "p", List.of()),
            new Letter("р", "r", List.of()),
            new Letter("с", "s", List.of()),
            new Letter("т", "t", List.of()),
            new Letter("у", "u", List.of()),
            new Letter("ф", "f", List.of()),
            new Letter("х", "h", List.of()),
            new Letter("ц", "ts", List.of()),
            new Letter("ч", "ch", List.of()),
            new Letter("ш", "sh", List.of()),
            new Letter("щ", "sht", List.of()),
            new Letter("ю", "yu", List.of()),
            new Letter("я", "ya", List.of()));

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\s*([\\p{L}]{0,3})");

    public ArticleNumber {
        if (base < 1) throw new IllegalArgumentException("article number must be positive: " + base);
        if (suffix < 0 || suffix > LETTERS.size()) throw new IllegalArgumentException("no such suffix: " + suffix);
    }

    public static ArticleNumber of(int base) {
        return new ArticleNumber(base, 0);
    }

    /** Parses "9e", "24c", "47zh", "24и" or "24 и"; empty where the text is no article number. */
    public static Optional<ArticleNumber> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        int base = Integer.parseInt(m.group(1));
        if (base < 1) return Optional.empty();
        String letters = m.group(2).toLowerCase(Locale.ROOT);
        if (letters.isEmpty()) return Optional.of(of(base));
        for (int i = 0; i < LETTERS.size(); i++) {
            Letter letter = LETTERS.get(i);
            if (letter.bulgarian().equals(letters) || letter.latin().equals(letters) || letter.aliases().contains(letters)) {
                return Optional.of(new ArticleNumber(base, i + 1));
            }
        }
        return Optional.empty();
    }

    public boolean isInserted() {
        return suffix > 0;
    }

    /** As the translation cites it: "9e". */
    @JsonProperty("latin")
    public String latin() {
        return suffix == 0 ? Integer.toString(base) : base + LETTERS.get(suffix - 1).latin();
    }

    /** As the Bulgarian text cites it: "9е" (Cyrillic е). */
    @JsonProperty("bulgarian")
    public String bulgarian() {
        return suffix == 0 ? Integer.toString(base) : base + LETTERS.get(suffix - 1).bulgarian();
    }

    /** Akoma Ntoso style id: {@code art_9e}. */
    public String id() {
        return "art_" + latin();
    }

    /** The number directly after this one when an article is inserted here. */
    public ArticleNumber nextInserted() {
        return new ArticleNumber(base, suffix + 1);
    }

    // Written out: the numbering keys its maps by numbers, and a record's generated methods go through method handles
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleNumber n && n.base == base && n.suffix == suffix;
    }

    @Override
    public int hashCode() {
        return base * 32 + suffix;
    }

    @Override
    public int compareTo(ArticleNumber other) {
        return base != other.base ? Integer.compare(base, other.base) : Integer.compare(suffix, other.suffix);
    }

    @Override
    public String toString() {
        return latin();
    }
}
