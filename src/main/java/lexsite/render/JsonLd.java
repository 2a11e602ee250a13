package lexsite.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.model.ProvisionNode;

/** schema.org {@code Legislation} descriptions of the act and its articles, for search engines and citation tools. */
public final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private JsonLd() {
    }

    public static String act(Act act, String url) {
        Map<String, Object> out = base(act, url);
        out.put("name", act.manifest().title(act.version().language()));
        out.put("legislationType", "Act");
        out.put("legislationIdentifier", act.manifest().promulgation().label());
        out.put("legislationDate", act.manifest().promulgated().toString());
        return write(out);
    }

    public static String article(Act act, Article article, String url, String actUrl) {
        Map<String, Object> out = base(act, url);
        out.put("name", ProvisionNode.articleLabel(article) + ", " + act.manifest().title(act.version().language()));
        out.put("legislationIdentifier", article.id());
        out.put("legislationLegalForce", article.isRepealed() ? "NotInForce" : "InForce");
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("@type", "Legislation");
        whole.put("name", act.manifest().title(act.version().language()));
        whole.put("url", actUrl);
        out.put("isPartOf", whole);
        return write(out);
    }

    private static Map<String, Object> base(Act act, String url) {
        ActVersion v = act.version();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", "https://schema.org");
        out.put("@type", "Legislation");
        out.put("url", url);
        out.put("inLanguage", v.language());
        out.put("legislationJurisdiction", act.manifest().jurisdiction().toUpperCase(java.util.Locale.ROOT));
        out.put("legislationConsolidates", v.gazette().label());
        out.put("temporalCoverage", v.effective() + "/..");
        out.put("description", v.disclaimer());
        String original = act.manifest().titles().get("bg");
        if (original != null && !"bg".equals(v.language())) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "Legislation");
            work.put("name", original);
            work.put("inLanguage", "bg");
            out.put("translationOfWork", work);
        }
        return out;
    }

    /** JSON with "<" escaped, so no text can close the script element that holds it. */
    private static String write(Map<String, Object> data) {
        try {
            return MAPPER.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
