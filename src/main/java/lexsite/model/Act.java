package lexsite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of an act, parsed.
 *
 * @param frontMatter lines before the first provision (title block, notes on the translation)
 * @param body        the divisions in source order; the supplementary (§) provisions come last
 * @param closing     the closing formula ("The Act was adopted by the … National Assembly …")
 * @param backMatter  anything after it, such as a translator's note
 */
public record Act(ActManifest manifest, ActVersion version, List<TextLine> frontMatter, List<Division> body,
                  List<TextLine> closing, List<TextLine> backMatter) implements java.io.Serializable {

    public Act {
        frontMatter = List.copyOf(frontMatter);
        body = List.copyOf(body);
        closing = List.copyOf(closing);
        backMatter = List.copyOf(backMatter);
    }

    /** Every article and supplementary provision, in source order. */
    public List<Article> provisions() {
        List<Article> all = new ArrayList<>();
        for (Division d : body) all.addAll(d.allArticles());
        return all;
    }

    public List<Article> articles() {
        return provisions().stream().filter(a -> a.kind() == ProvisionKind.ARTICLE).toList();
    }

    /** Every citable node (articles, paragraphs, items, letters), in source order. */
    public List<ProvisionNode> nodes() {
        List<ProvisionNode> all = new ArrayList<>();
        for (Article a : provisions()) all.addAll(ProvisionNode.of(a));
        return all;
    }

    public Optional<Article> article(ArticleNumber number) {
        return articles().stream().filter(a -> number.equals(a.number())).findFirst();
    }
}
