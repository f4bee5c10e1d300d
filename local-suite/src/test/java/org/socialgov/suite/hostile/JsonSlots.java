package org.socialgov.suite.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

/** Every value of a body, walked together with its schema, in document order. */
final class JsonSlots {

    private JsonSlots() {
    }

    static List<JsonSlot> of(JsonNode body, Schema<?> schema) {
        List<JsonSlot> slots = new ArrayList<>();
        walk(body, schema, "", slots);
        return slots;
    }

    /** One of the slots that pass the filter, or null when none does. */
    static JsonSlot pick(JsonNode body, Schema<?> schema, Random random, Predicate<JsonSlot> filter) {
        List<JsonSlot> candidates = of(body, schema).stream().filter(filter).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** The object containers of a body (the body itself included), with their schemas. */
    static List<Map.Entry<ObjectNode, Schema<?>>> objects(JsonNode body, Schema<?> schema) {
        List<Map.Entry<ObjectNode, Schema<?>>> objects = new ArrayList<>();
        if (body instanceof ObjectNode object) {
            objects.add(Map.entry(object, schema));
        }
        for (JsonSlot slot : of(body, schema)) {
            if (slot.value() instanceof ObjectNode object) {
                objects.add(Map.entry(object, slot.schema()));
            }
        }
        return objects;
    }

    @SuppressWarnings("rawtypes")
    private static void walk(JsonNode node, Schema<?> schema, String pointer, List<JsonSlot> slots) {
        if (node instanceof ObjectNode object && schema.getProperties() != null) {
            Map<String, Schema> properties = schema.getProperties();
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (String name : List.copyOf(iterable(object))) {
                Schema<?> property = properties.get(name);
                if (property != null) {
                    String child = pointer + "/" + name;
                    slots.add(new JsonSlot(child, object, name, -1, property, required.contains(name)));
                    walk(object.get(name), property, child, slots);
                }
            }
        } else if (node != null && node.isArray() && schema.getItems() != null) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                slots.add(new JsonSlot(child, node, null, i, schema.getItems(), false));
                walk(node.get(i), schema.getItems(), child, slots);
            }
        }
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
