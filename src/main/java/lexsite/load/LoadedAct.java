package lexsite.load;

import java.util.Map;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;

/**
 * An act's files as read from {@code content/acts/<id>/}.
 *
 * @param manifestFile the act.yaml path as shown in messages
 * @param pinsFile     the pins path as shown in messages; null where the act has none
 */
public record LoadedAct(ActManifest manifest, String manifestFile, PinsFile pins, String pinsFile,
                        Map<ActVersion, SourceText> texts) {

    public LoadedAct {
        texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts)); // versions in act.yaml's order
    }

    /** This act with no number pins, as a maintainer would have it who deleted them. */
    public LoadedAct withoutNumberPins() {
        return new LoadedAct(manifest, manifestFile, pins.withoutNumbers(), pinsFile, texts);
    }
}
