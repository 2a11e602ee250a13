package lexsite.check.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a URL written in a page is, before anything is looked up. */
public enum UrlKind {
    /** http(s) or protocol-relative: another host's business. */
    EXTERNAL,
    /** mailto:, tel:, data: — nothing to find in the site. */
    NOT_A_FILE,
    /** javascript:, file:, ftp: and the like, which a static, offline site has no use for. */
    OTHER_SCHEME,
    /** A relative reference into this site. */
    LOCAL;

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    public static UrlKind of(String url) {
        String trimmed = url.strip();
        if (trimmed.startsWith("//")) return EXTERNAL;
        Matcher scheme = SCHEME.matcher(trimmed);
        if (!scheme.find()) return LOCAL;
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https" -> EXTERNAL;
            case "mailto", "tel", "data" -> NOT_A_FILE;
            default -> OTHER_SCHEME;
        };
    }
}
