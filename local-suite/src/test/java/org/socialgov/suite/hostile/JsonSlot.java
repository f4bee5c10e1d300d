package org.socialgov.suite.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A place in a request body where a value sits: its container, its key (or index), the schema it must follow and
 * whether its object requires it. Mutations replace or remove the value there.
 */
record JsonSlot(String pointer, JsonNode container, String key, int index, Schema<?> schema, boolean required) {

    JsonNode value() {
        return container instanceof ObjectNode object ? object.get(key) : container.get(index);
    }

    void replace(JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set(key, value);
        } else {
            ((ArrayNode) container).set(index, value);
        }
    }

    /** Removes the value; an array item is removed, shifting the rest. */
    void remove() {
        if (container instanceof ObjectNode object) {
            object.remove(key);
        } else {
            ((ArrayNode) container).remove(index);
        }
    }

    String type() {
        return ValidValues.typeOf(schema);
    }
}
