package lexsite.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's and SnakeYAML's messages in a maintainer's words: no Java types, no parser internals. */
final class YamlMessages {

    /** SnakeYAML marks each position with a line "in 'reader', line 5, column 2:", the line's text and a caret. */
    private static final Pattern MARK = Pattern.compile("\\s*in 'reader', line (\\d+), column \\d+:?");

    private YamlMessages() {
    }

    static String of(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) { // inside a value Jackson wraps the parser's exception
            if (t instanceof JacksonYAMLParseException syntax) return syntax(syntax.getOriginalMessage());
        }
        if (e instanceof InvalidFormatException f && TemporalAccessor.class.isAssignableFrom(f.getTargetType())) {
            return "'" + f.getValue() + "' is not a real date (write it as "
                    + (f.getTargetType() == YearMonth.class ? "YYYY-MM" : "YYYY-MM-DD") + ")";
        }
        return e.getOriginalMessage().replaceAll("\\s+", " ");
    }

    /**
     * "while parsing a block mapping / in 'reader', line 2 … / expected &lt;block end&gt;, but found … / in 'reader', line 5 …"
     * becomes "YAML syntax error: expected &lt;block end&gt;, but found … (while parsing a block mapping from line 2)".
     */
    private static String syntax(String message) {
        List<String> parts = new ArrayList<>();
        String[] lines = message.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = MARK.matcher(lines[i]);
            if (mark.matches()) {
                if (!parts.isEmpty() && parts.get(parts.size() - 1).startsWith("while ")) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " from line " + mark.group(1));
                }
                i += 2; // the quoted line and its caret
            } else if (!lines[i].isBlank()) {
                parts.add(lines[i].strip());
            }
        }
        String what = parts.stream().filter(p -> !p.startsWith("while ")).reduce((a, b) -> a + "; " + b).orElse("unreadable");
        String context = parts.stream().filter(p -> p.startsWith("while ")).findFirst().map(c -> " (" + c + ")").orElse("");
        return "YAML syntax error: " + what + context;
    }
}
