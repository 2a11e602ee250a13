package lexsite.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A value's text as its records' toString gives it, but with every map's and set's entries sorted: the iteration
 * order of Map.copyOf and Set.copyOf changes from one JVM to the next, so their toString cannot name anything that
 * must be the same in the next run (the act cache's keys).
 */
final class CanonicalText {

    private CanonicalText() {
    }

    static String of(Object value) {
        if (value instanceof Map<?, ?> map) {
            return "{" + sorted(map.entrySet().stream().map(e -> of(e.getKey()) + "=" + of(e.getValue()))) + "}";
        }
        if (value instanceof Set<?> set) return "[" + sorted(set.stream().map(CanonicalText::of)) + "]";
        if (value instanceof Collection<?> list) return "[" + list.stream().map(CanonicalText::of).collect(Collectors.joining(", ")) + "]";
        if (value instanceof Optional<?> optional) return optional.map(v -> "Optional[" + of(v) + "]").orElse("Optional.empty");
        if (value instanceof Record record) return record(record);
        return String.valueOf(value);
    }

    private static String record(Record record) {
        StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) out.append(", ");
            try {
                out.append(components[i].getName()).append('=').append(of(components[i].getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + components[i].getName() + " of " + record.getClass().getName(), e);
            }
        }
        return out.append(']').toString();
    }

    private static String sorted(Stream<String> entries) {
        List<String> all = entries.sorted().toList();
        return String.join(", ", all);
    }
}
