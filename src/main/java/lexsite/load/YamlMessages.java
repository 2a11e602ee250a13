package lexsite.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
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
        if (e.getOriginalMessage().startsWith("Missing required creator property")) {
            return e.getOriginalMessage().replaceAll("\\s+", " "); // Yaml names the key, or the misspelling beside it
        }
        if (e instanceof MismatchedInputException m && m.getMessage().startsWith("No content to map")) {
            return "the file holds no YAML values: it is empty or only comments";
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
            return v.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) return wrongKind(m);
        if (e instanceof InputCoercionException) return key(e) + " is too large a number";
        String message = e.getOriginalMessage().replaceAll("\\s+", " ");
        // anything still in Jackson's words (Java types in backticks, token names) is not for a maintainer
        return message.contains("`") || message.contains("java.") || message.contains("JsonToken")
                ? key(e) + " cannot be read: check its value and indentation" : message;
    }

    private static final Pattern FROM_TEXT = Pattern.compile("from String \"(.*?)\"|from String value \\('(.*?)'\\)");

    /** "Cannot deserialize value of type `int` from String "x"…" becomes "'number' should be a whole number, not the text 'x'". */
    private static String wrongKind(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        Matcher text = FROM_TEXT.matcher(message);
        String found = text.find() ? "the text '" + (text.group(1) != null ? text.group(1) : text.group(2)) + "'"
                : message.contains("from Array value") ? "a list"
                : message.contains("from Object value") ? "a set of 'key: value' lines"
                : message.contains("from String value") ? "text"
                : message.contains("from Integer value") || message.contains("from Floating-point value") ? "a number"
                : message.contains("from Boolean value") ? "true or false"
                : message.contains("null") ? "nothing" : "something else";
        return key(e) + " should be " + expected(e.getTargetType()) + ", not " + found;
    }

    private static String expected(Class<?> type) {
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) return "text";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class) return "a number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "a list";
        if (type == java.time.LocalDate.class) return "a date (YYYY-MM-DD)";
        if (type == YearMonth.class) return "a month (YYYY-MM)";
        if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        return "a set of 'key: value' lines";
    }

    /** The key the value belongs to, as the maintainer wrote it: "'number'", "item 2 of 'versions'". */
    private static String key(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) return "the value";
        List<JsonMappingException.Reference> path = m.getPath();
        String name = null;
        Integer index = null;
        for (int i = path.size() - 1; i >= 0 && name == null; i--) {
            JsonMappingException.Reference r = path.get(i);
            if (r.getFieldName() != null) name = r.getFieldName();
            else if (index == null && r.getIndex() >= 0) index = r.getIndex() + 1;
        }
        if (name == null) return index == null ? "the value" : "item " + index;
        return (index == null ? "" : "item " + index + " of ") + "'" + name + "'";
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
