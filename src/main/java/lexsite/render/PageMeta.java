package lexsite.render;

/**
 * What the layout needs to know about a page.
 *
 * @param path        the page's path from the site root
 * @param root        the relative prefix back to the site root ("../../"), empty at the top
 * @param canonical   the published address, built from the configured base URL
 * @param section     which top navigation entry is current: "home", "act", "changes", "help", "topics", "search"
 * @param jsonLd      schema.org JSON-LD for the page, or null
 */
public record PageMeta(String path, String root, String title, String description, String canonical, String section,
                       String jsonLd) {

    public static PageMeta of(String path, String baseUrl, String title, String description, String section, String jsonLd) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        return new PageMeta(path, root, title, description, baseUrl + path, section, jsonLd);
    }

    /** A path from the site root, relative to this page. */
    public String href(String sitePath) {
        return SitePaths.relative(path, sitePath);
    }
}
