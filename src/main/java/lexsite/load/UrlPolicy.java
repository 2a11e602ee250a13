package lexsite.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for every address content puts on a page (Markdown links, images, reference definitions,
 * autolinks; a pin's source). A link may go to another site over http(s), or to an e-mail address or phone number;
 * nothing may run code ({@code javascript:}, {@code vbscript:}), embed content ({@code data:}) or leave the choice
 * of protocol to the page ({@code //host}). What a page loads (an image) must be part of the site, since the site
 * works offline: a remote image would simply be missing.
 */
public final class UrlPolicy {

    /** How the page uses the address. */
    public enum Use {
        /** followed when the reader clicks: an {@code <a href>} */
        LINK,
        /** loaded with the page: an {@code <img src>} */
        RESOURCE
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final java.util.Set<String> LINK_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel");

    private UrlPolicy() {
    }

    /** Why {@code url} may not be used so; null when it may. */
    public static String refusal(String url, Use use) {
        // browsers ignore whitespace and control characters inside a scheme and read '\' as '/'
        String compact = url.strip().replaceAll("[\\s\\x00-\\x1f\\x7f]", "").replace('\\', '/').toLowerCase(Locale.ROOT);
        if (compact.startsWith("//")) {
            return "a protocol-relative address ('//host') is another site reached by whatever protocol the page has;"
                    + " write https:// in full" + (use == Use.RESOURCE ? ", or better, keep the file in the site" : "");
        }
        Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            String name = scheme.group(1);
            if (name.equals("javascript") || name.equals("vbscript") || name.equals("data")) {
                return "'" + name + ":' addresses run code or smuggle content into the page";
            }
            if (use == Use.RESOURCE) {
                return "an image or other file from another site breaks offline reading; copy it into the site and use a relative address";
            }
            if (!LINK_SCHEMES.contains(name)) return "only http(s), mailto: and tel: links are allowed, not '" + name + ":'";
            return null;
        }
        if (compact.startsWith("/")) return "an address from the server's root breaks when the site is read from disk; use a relative one";
        return null;
    }

    /** Throws {@link ContentError} at {@code file:line} unless {@code url} may be used so. */
    public static void require(String url, Use use, String file, int line) {
        String why = refusal(url, use);
        if (why != null) throw new ContentError(file, line, (use == Use.RESOURCE ? "image '" : "link to '") + abbreviate(url) + "' refused: " + why);
    }

    static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }
}
