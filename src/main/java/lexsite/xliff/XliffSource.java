package lexsite.xliff;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexsite.model.Act;
import lexsite.resolve.ActResolver;

/** Which text an XLIFF export is made from (the newest in the source language), and any translation already made of it. */
public final class XliffSource {

    /** @param existing the translated lines of the target language version of the same text, by unit id */
    public record Choice(ActResolver.Result source, Map<String, List<String>> existing, int units) {
    }

    private XliffSource() {
    }

    public static Choice choose(List<ActResolver.Result> acts, String actId, String from, String target) {
        List<String> ids = acts.stream().map(r -> r.act().manifest().id()).distinct().toList();
        if (actId == null) {
            if (ids.size() != 1) throw new IllegalArgumentException("the project has " + ids.size() + " acts: say which with --act");
            actId = ids.get(0);
        }
        String id = actId;
        ActResolver.Result source = acts.stream().filter(r -> r.act().manifest().id().equals(id) && r.act().version().language().equals(from))
                .max(Comparator.comparing(r -> r.act().version().effective()))
                .orElseThrow(() -> new IllegalArgumentException("no act '" + id + "' in '" + from + "' (acts: " + String.join(", ", ids) + ")"));
        if (target.equals(from)) throw new IllegalArgumentException("--target is the source language '" + from + "'");
        Map<String, List<String>> existing = new LinkedHashMap<>();
        acts.stream().map(ActResolver.Result::act)
                .filter(a -> a.manifest().id().equals(id) && a.version().language().equals(target)
                        && a.version().effective().equals(source.act().version().effective()))
                .findFirst().ifPresent(translated -> existing.putAll(translatedLines(translated)));
        return new Choice(source, existing, SourceUnit.of(source.act()).size());
    }

    private static Map<String, List<String>> translatedLines(Act translated) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SourceUnit u : SourceUnit.of(translated)) {
            if (!TranslatedAct.untranslated(u.lines())) out.put(u.id(), u.texts());
        }
        return out;
    }
}
