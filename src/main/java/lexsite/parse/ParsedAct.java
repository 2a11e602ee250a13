package lexsite.parse;

import java.util.List;
import lexsite.model.Division;
import lexsite.model.TextLine;

/**
 * The act's structure as read from one text, before numbering: articles whose numbers the source lost
 * have none yet.
 */
public record ParsedAct(List<TextLine> frontMatter, List<Division> body, List<TextLine> closing,
                        List<TextLine> backMatter) {

    public ParsedAct {
        frontMatter = List.copyOf(frontMatter);
        body = List.copyOf(body);
        closing = List.copyOf(closing);
        backMatter = List.copyOf(backMatter);
    }
}
