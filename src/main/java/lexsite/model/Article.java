package lexsite.model;

import java.util.List;

/**
 * An article of the act, or a numbered (§) supplementary provision.
 *
 * @param number       the article number; null until numbering, and for supplementary provisions
 * @param label        how readers see the number: "9e", "§ 3"; for a lost § number, its position
 * @param origin       where the number comes from
 * @param certainty    how sure the number is, and the evidence for it; null until numbering
 * @param alternatives further wordings of this same article that the source repeats (a pin says so)
 * @param line         the first source line of the article
 */
public record Article(String id, ProvisionKind kind, ArticleNumber number, String label, NumberOrigin origin,
                      NumberCertainty certainty, Status status, Provenance provenance, List<Paragraph> paragraphs,
                      List<Article> alternatives, int line) implements java.io.Serializable {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        alternatives = List.copyOf(alternatives);
    }

    /** An unnumbered article as the parser finds it. */
    public static Article unnumbered(Provenance provenance, List<Paragraph> paragraphs, int line) {
        Status status = provenance.isRepealed() ? Status.REPEALED : Status.IN_FORCE;
        return new Article(null, ProvisionKind.ARTICLE, null, null, null, null, status, provenance, paragraphs, List.of(), line);
    }

    /** A copy carrying {@code n} and ids derived from it. */
    public Article numbered(ArticleNumber n, NumberOrigin how, NumberCertainty sure) {
        String newId = n.id();
        return new Article(newId, ProvisionKind.ARTICLE, n, n.latin(), how, sure, status, provenance,
                paragraphs.stream().map(p -> p.underArticle(newId)).toList(),
                renumberAlternatives(newId, n, how, sure), line);
    }

    /** A copy as a supplementary provision: {@code §} number when known, otherwise its position. */
    public Article supplementary(String sectionNumber, int position, NumberOrigin how) {
        String token = sectionNumber != null ? sectionNumber : Integer.toString(position);
        String newId = "sec_" + token;
        String newLabel = "§ " + token;
        NumberCertainty sure = NumberCertainty.of(sectionNumber != null ? NumberCertainty.Level.SOURCE : NumberCertainty.Level.POSITION);
        return new Article(newId, ProvisionKind.SUPPLEMENTARY, null, newLabel, how, sure, status, provenance,
                paragraphs.stream().map(p -> p.underArticle(newId)).toList(), List.of(), line);
    }

    public Article withAlternatives(List<Article> more) {
        return new Article(id, kind, number, label, origin, certainty, status, provenance, paragraphs, more, line);
    }

    private List<Article> renumberAlternatives(String newId, ArticleNumber n, NumberOrigin how, NumberCertainty sure) {
        return java.util.stream.IntStream.range(0, alternatives.size()).mapToObj(i -> {
            Article alt = alternatives.get(i);
            String altId = newId + "__alt_" + (i + 1);
            return new Article(altId, alt.kind, n, n.latin(), how, sure, alt.status, alt.provenance,
                    alt.paragraphs.stream().map(p -> p.underArticle(altId)).toList(), List.of(), alt.line);
        }).toList();
    }

    public boolean isRepealed() {
        return status == Status.REPEALED;
    }

    /** Every text line of this article in source order, each with the id of the node holding it. */
    public List<LocatedLine> lines() {
        List<LocatedLine> out = new java.util.ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (TextLine t : p.text()) out.add(new LocatedLine(p.id(), t));
            for (Item i : p.items()) addItem(i, out);
        }
        return out;
    }

    private static void addItem(Item item, List<LocatedLine> out) {
        for (TextLine t : item.text()) out.add(new LocatedLine(item.id(), t));
        for (Item sub : item.subItems()) addItem(sub, out);
    }

    /** The first words of the article, by which pins and reports name it. */
    public String firstText() {
        return lines().stream().map(l -> l.line().text()).findFirst().orElse("");
    }
}
