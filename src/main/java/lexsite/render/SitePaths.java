package lexsite.render;

import lexsite.model.GazetteIssue;

/**
 * Where every page of the site lives, as paths from the site root ("acts/foreigners-act/art_9e.html"), and how
 * to link from one page to another with a relative address, so the site works from disk and from any sub-path.
 */
public final class SitePaths {

    public String home() {
        return "index.html";
    }

    public String about() {
        return "about.html";
    }

    public String search() {
        return "search.html";
    }

    public String glossary() {
        return "glossary.html";
    }

    public String topics() {
        return "topics/index.html";
    }

    public String topic(String id) {
        return "topics/" + id + ".html";
    }

    public String programmes() {
        return "programmes/index.html";
    }

    public String programme(String id) {
        return "programmes/" + id + ".html";
    }

    public String guide(String id) {
        return "guides/" + id + ".html";
    }

    public String act(String actId) {
        return act(actId, null);
    }

    public String wholeAct(String actId) {
        return wholeAct(actId, null);
    }

    public String article(String actId, String articleId) {
        return article(actId, null, articleId);
    }

    /**
     * The folder of one version's pages: {@code acts/<act>/} for the current version, {@code acts/<act>/<folder>/}
     * (its effective date, "2025-06-30") for every version at its stable address.
     */
    public String actFolder(String actId, String folder) {
        return "acts/" + actId + "/" + (folder == null ? "" : folder + "/");
    }

    public String act(String actId, String folder) {
        return actFolder(actId, folder) + "index.html";
    }

    public String wholeAct(String actId, String folder) {
        return actFolder(actId, folder) + "whole.html";
    }

    public String article(String actId, String folder, String articleId) {
        return actFolder(actId, folder) + articleId + ".html";
    }

    /** Every version of the act, and how the act stood after each gazette issue older than the first we hold. */
    public String versions(String actId) {
        return "acts/" + actId + "/versions.html";
    }

    /** Two versions of the whole act compared: {@code acts/<act>/compare/2025-06-30--2026-07-01.html}. */
    public String compare(String actId, String older, String newer) {
        return "acts/" + actId + "/compare/" + older + "--" + newer + ".html";
    }

    /** Two versions of one article compared, named by its id in the newer one. */
    public String compareArticle(String actId, String older, String newer, String articleId) {
        return "acts/" + actId + "/compare/" + older + "--" + newer + "/" + articleId + ".html";
    }

    /** The act as it stood once a gazette issue older than our earliest text had amended it. */
    public String asAmendedBy(String actId, GazetteIssue issue) {
        return "acts/" + actId + "/on/" + issue.id() + ".html";
    }

    public String gazette(String actId) {
        return "acts/" + actId + "/gazette/index.html";
    }

    public String gazetteIssue(String actId, GazetteIssue issue) {
        return "acts/" + actId + "/gazette/" + issue.id() + ".html";
    }

    /** An article's first wording beside a further wording the source gives it ({@code art_9m__alt_1}). */
    public String parallelWordings(String actId, String wordingId) {
        return "acts/" + actId + "/parallel/wordings/" + wordingId + ".html";
    }

    /** An article in the site's language beside the same article in {@code language}. */
    public String parallelLanguage(String actId, String language, String articleId) {
        return "acts/" + actId + "/parallel/" + language + "/" + articleId + ".html";
    }

    /** The model of one version as JSON: {@code data/foreigners-act/2025-06-30-en.json}. */
    public String json(String actId, String versionId) {
        return "data/" + actId + "/" + versionId + ".json";
    }

    /** One version as an Akoma Ntoso 3.0 document: {@code data/foreigners-act/2025-06-30-en.akn.xml}. */
    public String akomaNtoso(String actId, String versionId) {
        return "data/" + actId + "/" + versionId + ".akn.xml";
    }

    public String asset(String name) {
        return "assets/" + name;
    }

    /** The address of {@code to} as seen from the page at {@code from}; both are paths from the site root. */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) out.append("../");
        for (int i = common; i < toParts.length; i++) {
            if (i > common) out.append('/');
            out.append(toParts[i]);
        }
        return out.toString();
    }
}
