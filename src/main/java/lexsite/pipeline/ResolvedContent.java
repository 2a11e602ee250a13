package lexsite.pipeline;

import java.util.List;
import lexsite.load.LoadedAct;
import lexsite.model.Library;
import lexsite.model.SiteConfig;
import lexsite.resolve.ActResolver;

/**
 * Everything the pipeline made of {@code content/}: the site settings, one resolved act per act version, and the library of
 * programmes, guides, topics and glossary entries; and the acts as loaded, for `check` to run them again without pins.
 */
public record ResolvedContent(SiteConfig site, List<ActResolver.Result> acts, Library library, List<LoadedAct> loaded) {

    public ResolvedContent {
        acts = List.copyOf(acts);
        loaded = List.copyOf(loaded);
    }

    /** The newest version of each act in the site's language: what the site shows at today's addresses and searches. */
    public List<ActResolver.Result> current() {
        return lexsite.history.ActHistory.of(acts).stream().filter(h -> h.language().equals(site.language()))
                .map(lexsite.history.ActHistory::current).toList();
    }
}
