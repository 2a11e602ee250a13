package lexsite.check.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The ids a #fragment may name in each file of a site, read once per file. */
public final class AnchorIndex {

    private final Map<Path, Set<String>> byFile = new HashMap<>();

    /** Whether {@code fragment} names an element of {@code file}: its id, or the name of an {@code <a>}. */
    boolean has(Path file, String fragment) {
        return byFile.computeIfAbsent(file, AnchorIndex::read).contains(fragment);
    }

    private static Set<String> read(Path file) {
        String name = file.getFileName().toString();
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".svg")) return Set.of();
        Document document = SiteFiles.parse(file, html ? Parser.htmlParser() : Parser.xmlParser());
        Set<String> anchors = new HashSet<>();
        for (Element element : document.select("[id]")) anchors.add(element.id());
        if (html) for (Element named : document.select("a[name]")) anchors.add(named.attr("name"));
        return anchors;
    }
}
