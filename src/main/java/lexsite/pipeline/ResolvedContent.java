package lexsite.pipeline;

import java.util.List;
import lexsite.model.Library;
import lexsite.resolve.ActResolver;

/**
 * Everything the pipeline made of {@code content/}: one resolved act per act version, and the library of
 * programmes, guides, topics and glossary entries.
 */
public record ResolvedContent(List<ActResolver.Result> acts, Library library) {

    public ResolvedContent {
        acts = List.copyOf(acts);
    }
}
