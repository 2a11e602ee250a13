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
        @JsonProperty(value = "pins") Located<String> pins,
        @JsonProperty(value = "versions", required = true) List<Located<Version>> versions) {

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
                   @JsonProperty(value = "file", required = true) Located<String> file,
                   @JsonProperty(value = "source", required = true) String source,
                   @JsonProperty(value = "disclaimer", required = true) String disclaimer) {

        /** The line of the {@code file:} key, where a file that cannot be read is reported. */
        int fileLine(int versionLine) {
            return file == null ? versionLine : file.line();
        }

        ActVersion toVersion(String manifest, int line) {
            if (gazetteDate == null || effective == null) {
                throw new ContentError(manifest, line, "'" + (gazetteDate == null ? "gazette-date" : "effective") + "' has no value");
            }
            return new ActVersion(issue(gazette, manifest, line), gazetteDate, effective,
                    Required.text(manifest, line, "language", language), Required.text(manifest, fileLine(line), "file", file == null ? null : file.value()),
                    Required.text(manifest, line, "source", source), Required.text(manifest, line, "disclaimer", disclaimer));
        }
    }

    /** The manifest; {@code file} names act.yaml in messages. */
    ActManifest toManifest(String file) {
        if (promulgation == null || promulgation.date == null || promulgation.inForce == null) {
            throw new ContentError(file, 1, "'promulgation' needs its gazette, date and in-force");
        }
        if (versions == null || versions.isEmpty()) throw new ContentError(file, 1, "versions lists no version: give at least one text of the act");
        List<ActVersion> list = versions.stream().map(v -> {
            if (v.value() == null) throw new ContentError(file, v.line(), "a version with no keys");
            return v.value().toVersion(file, v.line());
        }).toList();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ActVersion v = list.get(i);
            Integer first = seen.putIfAbsent(v.id(), versionLine(i));
            if (first != null) {
                throw new ContentError(file, versionLine(i), "a second version in language '" + v.language() + "' effective "
                        + v.effective() + " (the first is at line " + first + "): each language has one text per date");
            }
        }
        return new ActManifest(Required.text(file, 1, "id", id), title == null ? Map.of() : title,
                Required.text(file, 1, "jurisdiction", jurisdiction), issue(promulgation.gazette, file, 1),
                promulgation.date, promulgation.inForce, list);
    }

    /** A gazette issue, or the plain reason it cannot be one (number 0, the year 3025) at {@code line}. */
    private static GazetteIssue issue(Gazette gazette, String file, int line) {
        if (gazette == null) throw new ContentError(file, line, "'gazette' has no value");
        try {
            return gazette.toIssue();
        } catch (IllegalArgumentException e) {
            throw new ContentError(file, line, e.getMessage());
        }
    }

    /** The line of act.yaml where version {@code index} starts. */
    int versionLine(int index) {
        return versions.get(index).line();
    }

    /** The line of act.yaml that names version {@code index}'s file. */
    int fileLine(int index) {
        return versions.get(index).value().fileLine(versionLine(index));
    }
}
