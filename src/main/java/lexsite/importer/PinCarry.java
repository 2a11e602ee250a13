package lexsite.importer;

import java.util.ArrayList;
import java.util.List;
import lexsite.diagnostics.Diagnostic;
import lexsite.diagnostics.Diagnostics;
import lexsite.history.ProvisionChange;
import lexsite.history.VersionAlignment;
import lexsite.load.PinsFile;
import lexsite.model.Article;
import lexsite.model.NumberOrigin;
import lexsite.resolve.ActResolver;

/**
 * Pins name articles by their first words. Where the new text changed those words, the pin would name nothing there:
 * the pinned article is followed through time ({@link VersionAlignment}) and its new first words are added to the
 * pin as `also-starts`, so it names the same article in both versions. A pin whose article the new text no longer
 * has is reported for the maintainer.
 */
final class PinCarry {

    /** A first line a pin learned, and the pins.yaml line of the pin. */
    record Added(int line, String starts) {
    }

    private PinCarry() {
    }

    /** {@code pins}, with every pin the new text left unmatched taught its article's new first words where it can be. */
    static PinsFile forward(PinsFile pins, Diagnostics newFindings, ActResolver.Result older, ActResolver.Result newer, List<String> notes) {
        List<Integer> unmatched = newFindings.sorted().stream().filter(d -> d.code().equals("pin-unmatched")).map(Diagnostic::line).toList();
        if (unmatched.isEmpty()) return pins;
        List<ProvisionChange> changes = VersionAlignment.of(older.act(), newer.act());
        List<PinsFile.ArticlePin> articles = new ArrayList<>();
        boolean changed = false;
        for (PinsFile.ArticlePin pin : pins.articles()) {
            if (!unmatched.contains(pin.line())) {
                articles.add(pin);
                continue;
            }
            Article pinned = older.act().articles().stream().filter(a -> a.origin() == NumberOrigin.PINNED && a.number() != null
                    && a.number().latin().equals(pin.number())).findFirst().orElse(null);
            Article now = pinned == null ? null : changes.stream().filter(c -> c.before() != null && c.before().id().equals(pinned.id()))
                    .map(ProvisionChange::after).filter(a -> a != null).findFirst().orElse(null);
            if (now == null || now.firstText().isEmpty()) {
                notes.add(pin.number() + " (pins.yaml:" + pin.line() + "): its article is not in the new text; edit or remove the pin");
                articles.add(pin);
                continue;
            }
            List<String> also = new ArrayList<>(pin.alsoStarts());
            also.add(now.firstText());
            articles.add(new PinsFile.ArticlePin(pin.startsAt(), pin.number(), pin.outOfSequence(), pin.why(), pin.source(), also));
            notes.add(pin.number() + " (pins.yaml:" + pin.line() + "): the new text changed its article's first words; also-starts added: \""
                    + abbreviate(now.firstText()) + "\"");
            changed = true;
        }
        return changed ? new PinsFile(articles, pins.secondWordings(), pins.supplementaryStarts()) : pins;
    }

    /** The first lines {@code carried} adds to {@code pins}, with each pin's line. */
    static List<Added> added(PinsFile pins, PinsFile carried) {
        List<Added> out = new ArrayList<>();
        for (int i = 0; i < pins.articles().size(); i++) {
            List<String> before = pins.articles().get(i).alsoStarts(), after = carried.articles().get(i).alsoStarts();
            for (String s : after.subList(before.size(), after.size())) out.add(new Added(pins.articles().get(i).line(), s));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "…";
    }
}
