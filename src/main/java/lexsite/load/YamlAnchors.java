package lexsite.load;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Refuses YAML anchors ({@code &name}) and aliases ({@code *name}). Content files are read by people who do not
 * expect one value to stand for another, and Jackson reads an alias as the anchor's name, so "*title" would be
 * published as the text "title". Read at the level of parser events, so an anchor in a comment or a quoted string
 * is not mistaken for one.
 */
final class YamlAnchors {

    private YamlAnchors() {
    }

    /** Throws at the first anchor or alias; a syntax error is left for the reader, whose message is clearer. */
    static void refuse(String file, String text) {
        try {
            for (Event event : new org.yaml.snakeyaml.Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                int line = event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
                if (event instanceof AliasEvent alias) {
                    throw new ContentError(file, line, "YAML alias '*" + alias.getAnchor() + "' is not allowed: write the value out in full");
                }
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw new ContentError(file, line, "YAML anchor '&" + node.getAnchor() + "' is not allowed: write each value out in full");
                }
            }
        } catch (org.yaml.snakeyaml.error.YAMLException syntax) {
            // reported by Jackson's reading, with the line, in YamlMessages' words
        }
    }
}
