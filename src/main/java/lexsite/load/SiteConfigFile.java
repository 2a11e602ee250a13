package lexsite.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import lexsite.model.SiteConfig;

/** The shape of {@code content/site.yaml}: what the whole site is called and where it is published. */
record SiteConfigFile(
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "tagline", required = true) String tagline,
        @JsonProperty(value = "language", required = true) String language,
        @JsonProperty(value = "base-url", required = true) String baseUrl) {

    static SiteConfig load(Path file, String shown) {
        if (!Files.isRegularFile(file)) throw new ContentError(shown, 0, "site.yaml is missing");
        SiteConfigFile read = Yaml.read(shown, String.join("\n", TextFiles.read(file, shown).lines()), SiteConfigFile.class);
        SiteConfigFile f = new SiteConfigFile(required(read.title, "title", file, shown), required(read.tagline, "tagline", file, shown),
                required(read.language, "language", file, shown), required(read.baseUrl, "base-url", file, shown));
        try {
            URI base = new URI(f.baseUrl);
            if (!"https".equals(base.getScheme()) || !f.baseUrl.endsWith("/")) {
                throw new ContentError(shown, lineOf(file, "base-url"), "base-url must be an https address ending in '/'");
            }
        } catch (URISyntaxException e) {
            throw new ContentError(shown, lineOf(file, "base-url"), "base-url is not an address: " + e.getMessage());
        }
        if (!SiteConfig.LANGUAGES.contains(f.language)) {
            throw new ContentError(shown, lineOf(file, "language"), "language '" + f.language + "' is not one the site can"
                    + " search; use one of " + String.join(", ", SiteConfig.LANGUAGES));
        }
        return new SiteConfig(f.title, f.tagline, f.language, f.baseUrl);
    }

    private static String required(String value, String key, Path file, String shown) {
        return Required.text(shown, lineOf(file, key), key, value);
    }

    private static int lineOf(Path file, String key) {
        try {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(key + ":")) return i + 1;
        } catch (java.io.IOException ignored) {
            // the file was read a moment ago; line 1 is the best we can say
        }
        return 1;
    }
}
