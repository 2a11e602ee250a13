package lexsite.model;

/**
 * What the whole site is called and where it is published.
 *
 * @param baseUrl the published address, used only where a standard demands absolute URLs (sitemap, Atom, JSON-LD);
 *                every link between pages stays relative so the site also works from disk
 */
public record SiteConfig(String title, String tagline, String language, String baseUrl) implements java.io.Serializable {

    /** The languages the site's search can stem (Lucene's analyzers); site.yaml must name one of them. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "bg", "ro");
}
