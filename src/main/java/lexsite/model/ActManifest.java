package lexsite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An act's metadata from {@code act.yaml}: what it is, where it comes from, and its versions.
 *
 * @param id              stable id used in paths ("foreigners-act")
 * @param titles          title by language code
 * @param jurisdiction    ISO 3166-1 alpha-2 code ("bg")
 * @param promulgation    the gazette issue that first published the act
 * @param promulgated     the date of that issue
 * @param inForce         the date the act entered into force
 * @param versions        consolidated versions, any number and any languages
 */
public record ActManifest(String id, Map<String, String> titles, String jurisdiction, GazetteIssue promulgation,
                          LocalDate promulgated, LocalDate inForce, List<ActVersion> versions) implements java.io.Serializable {

    public ActManifest {
        titles = Map.copyOf(titles);
        versions = List.copyOf(versions);
    }

    public String title(String language) {
        return titles.getOrDefault(language, titles.get("en"));
    }

    /** The newest version in {@code language}, by effective date. */
    public ActVersion latest(String language) {
        return versions.stream().filter(v -> v.language().equals(language))
                .max(java.util.Comparator.comparing(ActVersion::effective))
                .orElseThrow(() -> new IllegalArgumentException("no version in language " + language));
    }
}
