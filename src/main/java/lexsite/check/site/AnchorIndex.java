package lexsite.check.site;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The ids a #fragment may name in each file of a site, read once per file. Safe to share between threads: the link
 * check parses pages in parallel and records each page's ids from the document it parsed anyway.
 */
public final class AnchorIndex {

    private final Map<Path, Set<String>> byFile = new ConcurrentHashMap<>();

    /** Records the ids of {@code file}, an HTML page already parsed into {@code document}, so it is not read again. */
    void record(Path file, Document document) {
        byFile.put(file, anchors(document, true));
    }

    /** Whether {@code fragment} names an element of {@code file}: its id, or the name of an {@code <a>}. */
    boolean has(Path file, String fragment) {
        return byFile.computeIfAbsent(file, AnchorIndex::read).contains(fragment);
    }

    private static Set<String> read(Path file) {
        String name = file.getFileName().toString();
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".svg")) return Set.of();
        return anchors(SiteFiles.parse(file, html ? Parser.htmlParser() : Parser.xmlParser()), html);
    }

    private static Set<String> anchors(Document document, boolean html) {
        Set<String> anchors = new HashSet<>();
        for (Element element : document.select("[id]")) anchors.add(element.id());
        if (html) for (Element named : document.select("a[name]")) anchors.add(named.attr("name"));
        return anchors;
    }
}
