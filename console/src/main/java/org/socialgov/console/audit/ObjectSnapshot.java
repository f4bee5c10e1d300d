package org.socialgov.console.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.socialgov.console.web.Dates;

/**
 * An object as it was at one version, written out field by field (each leaf by its path, as the diff names fields),
 * with the fields that changed since the previous version marked.
 */
public record ObjectSnapshot(List<Field> fields) {

    /** One leaf: its path, the path in words, its value in words, and whether it changed at this version. */
    public record Field(String path, String label, String value, boolean changed) {
    }

    public static ObjectSnapshot of(Map<String, Object> object, Collection<String> changedPaths, Dates dates) {
        List<Field> fields = new ArrayList<>();
        flatten("", object, changedPaths, dates, fields);
        return new ObjectSnapshot(fields);
    }

    public long changedCount() {
        return fields.stream().filter(Field::changed).count();
    }

    private static void flatten(String path, Object value, Collection<String> changed, Dates dates,
                                List<Field> fields) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((name, child) -> flatten(path.isEmpty() ? String.valueOf(name) : path + "." + name, child,
                changed, dates, fields));
        } else if (value instanceof List<?> list && !list.isEmpty() && list.stream().anyMatch(ObjectSnapshot::nested)) {
            for (int index = 0; index < list.size(); index++) {
                flatten(path + "[" + index + "]", list.get(index), changed, dates, fields);
            }
        } else {
            fields.add(new Field(path, AuditWords.path(path), AuditWords.value(value, dates),
                changedAt(path, changed)));
        }
    }

    private static boolean nested(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    /** A leaf changed when the diff names it, or names a part of it (a list of plain values changes item by item). */
    private static boolean changedAt(String path, Collection<String> changed) {
        return changed.stream().anyMatch(other -> other.equals(path) || other.startsWith(path + "[")
            || other.startsWith(path + ".") || path.startsWith(other + ".") || path.startsWith(other + "["));
    }
}
