package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.GazetteIssue;

/** The shape of {@code act.yaml}; every key is required unless marked optional. */
record ActManifestFile(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) Map<String, String> title,
        @JsonProperty(value = "jurisdiction", required = true) String jurisdiction,
        @JsonProperty(value = "promulgation", required = true) Promulgation promulgation,
        @JsonProperty(value = "pins") String pins,
        @JsonProperty(value = "versions", required = true) List<Version> versions) {

    record Gazette(@JsonProperty(value = "number", required = true) int number,
                   @JsonProperty(value = "year", required = true) int year) {
        GazetteIssue toIssue() {
            return new GazetteIssue(number, year);
        }
    }

    record Promulgation(@JsonProperty(value = "gazette", required = true) Gazette gazette,
                        @JsonProperty(value = "date", required = true) LocalDate date,
                        @JsonProperty(value = "in-force", required = true) LocalDate inForce) {
    }

    record Version(@JsonProperty(value = "gazette", required = true) Gazette gazette,
                   @JsonProperty(value = "gazette-date", required = true) LocalDate gazetteDate,
                   @JsonProperty(value = "effective", required = true) LocalDate effective,
                   @JsonProperty(value = "language", required = true) String language,
                   @JsonProperty(value = "file", required = true) String file,
                   @JsonProperty(value = "source", required = true) String source,
                   @JsonProperty(value = "disclaimer", required = true) String disclaimer) {
    }

    ActManifest toManifest() {
        List<ActVersion> list = versions.stream().map(v -> new ActVersion(v.gazette.toIssue(), v.gazetteDate,
                v.effective, v.language, v.file, v.source.strip(), v.disclaimer.strip())).toList();
        return new ActManifest(id, title, jurisdiction, promulgation.gazette.toIssue(), promulgation.date,
                promulgation.inForce, list);
    }
}
