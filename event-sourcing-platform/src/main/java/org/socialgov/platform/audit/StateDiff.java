package org.socialgov.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares two states of an aggregate, written as JSON the way clients read them, field by field: each leaf that
 * differs, was added or was removed, by its path ({@code terms.fees.baseMonthlyFee}, {@code signatures[1].name}).
 */
final class StateDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateDiff() {
    }

    static List<FieldChange> between(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> compare(child(path, name), before.get(name), after.get(name), changes));
        } else if (before != null && after != null && before.isArray() && after.isArray()) {
            for (int index = 0; index < Math.max(before.size(), after.size()); index++) {
                compare(path + "[" + index + "]", before.get(index), after.get(index), changes);
            }
        } else if (!same(before, after)) {
            changes.add(new FieldChange(path.isEmpty() ? "$" : path, plain(before), plain(after)));
        }
    }

    private static boolean same(JsonNode before, JsonNode after) {
        boolean beforeAbsent = before == null || before.isNull();
        boolean afterAbsent = after == null || after.isNull();
        return beforeAbsent || afterAbsent ? beforeAbsent == afterAbsent : before.equals(after);
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object plain(JsonNode node) {
        return node == null || node.isNull() ? null : JSON.convertValue(node, Object.class);
    }
}
