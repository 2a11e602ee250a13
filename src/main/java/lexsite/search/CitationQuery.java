package lexsite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.model.ArticleNumber;

/**
 * A citation typed as a query: "art 24i", "Article 15(1)", "art. 24, para 2", "чл. 24и, ал. 1", "§ 1". Items
 * are not documents of their own, so a cited item leads to its paragraph.
 *
 * @param articleId the article's id ("art_24i", "sec_1")
 * @param paragraph the paragraph number, or null
 */
record CitationQuery(String articleId, String paragraph) {

    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:art(?:icle)?s?\\.?|чл\\.?|член)\\s*(\\d{1,4}\\p{L}{0,3})(?!\\p{L})"
                    + "(?:\\s*\\((\\d{1,3}\\p{L}?)\\)|\\s*,?\\s*(?:para(?:graph)?s?\\.?|ал\\.?|алинея)\\s*(\\d{1,3}\\p{L}?)(?!\\p{L}))?");
    private static final Pattern SECTION = Pattern.compile("§\\s*(\\d{1,3}\\p{L}?)(?!\\p{L})"
            + "(?:\\s*\\((\\d{1,3})\\)|\\s*,?\\s*(?:para(?:graph)?\\.?|ал\\.?)\\s*(\\d{1,3}))?");

    static Optional<CitationQuery> parse(String query) {
        Matcher m = ARTICLE.matcher(query);
        if (m.find()) {
            return ArticleNumber.parse(m.group(1)).map(n -> new CitationQuery(n.id(), paragraph(m)));
        }
        Matcher s = SECTION.matcher(query);
        if (s.find()) return Optional.of(new CitationQuery("sec_" + s.group(1), paragraph(s)));
        return Optional.empty();
    }

    private static String paragraph(Matcher m) {
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The ids to look for, most specific first: the paragraph, then the article. */
    List<String> ids() {
        List<String> out = new ArrayList<>();
        if (paragraph != null) out.add(articleId + "__para_" + paragraph);
        out.add(articleId);
        return out;
    }
}
