package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import lexsite.model.Contact;
import lexsite.model.Markdown;
import lexsite.model.Programme;
import lexsite.model.Service;

/** The front matter of {@code content/programmes/<id>.md}; every key is required unless marked optional. */
record ProgrammeFile(
        @JsonProperty(value = "id", required = true) Located<String> id,
        @JsonProperty(value = "kind", required = true) Located<String> kind,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "organisation", required = true) String organisation,
        @JsonProperty(value = "country", required = true) String country,
        @JsonProperty(value = "language", required = true) String language,
        @JsonProperty(value = "source", required = true) String source,
        @JsonProperty(value = "summary", required = true) String summary,
        @JsonProperty("topics") Located<List<String>> topics,
        @JsonProperty("services") List<ServiceEntry> services,
        @JsonProperty("target-groups") List<String> targetGroups,
        @JsonProperty("contacts") List<ContactEntry> contacts) implements PageFront {

    record ServiceEntry(@JsonProperty(value = "name", required = true) String name,
                        @JsonProperty(value = "description", required = true) String description) {
    }

    /** Only the label is required: the sources lost many phone numbers and every e-mail address. */
    record ContactEntry(@JsonProperty(value = "label", required = true) String label,
                        @JsonProperty("phone") String phone,
                        @JsonProperty("email") String email,
                        @JsonProperty("address") String address,
                        @JsonProperty("hours") String hours) {
    }

    Programme toProgramme(Markdown body) {
        String file = body.file();
        int line = 1; // an empty key is reported at the front matter, which starts the file
        return new Programme(id.value(), file, Required.text(file, line, "title", title),
                Required.text(file, line, "organisation", organisation), Required.text(file, line, "country", country),
                Required.text(file, line, "language", language), Required.text(file, line, "source", source),
                Required.text(file, line, "summary", summary), topicIds(),
                services == null ? List.of() : services.stream().map(s -> new Service(s.name, s.description)).toList(),
                targetGroups == null ? List.of() : targetGroups,
                contacts == null ? List.of() : contacts.stream()
                        .map(c -> new Contact(c.label, c.phone, c.email, c.address, c.hours)).toList(),
                body);
    }
}
