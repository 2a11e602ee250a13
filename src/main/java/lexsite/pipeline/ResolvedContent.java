package lexsite.pipeline;

import java.util.List;
import lexsite.resolve.ActResolver;

/** Everything the pipeline made of {@code content/}: one resolved act per act version. */
public record ResolvedContent(List<ActResolver.Result> acts) {

    public ResolvedContent {
        acts = List.copyOf(acts);
    }
}
