package org.socialgov.suite.hostile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Values at and past the limits the schema sets, and text at the edges of Unicode. */
final class BoundaryMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int HUGE_STRING = 300_000;
    /** Past the gateway's 1 MB body limit. */
    private static final int OVERSIZED_STRING = 1_100_000;
    private static final int HUGE_ARRAY = 20_000;
    private static final List<String> EXTREME_NUMBERS = List.of("9223372036854775808", "-9223372036854775809",
        "2147483648", "-2147483649", "1e400", "-1e400", "1.5", "-0", "0", "-1", "1E2", "4.9e-324",
        "123456789012345678901234567890.123456789");

    static final List<Mutation> ALL = List.of(
        new Mutation("string length", BoundaryMutations::stringLength),
        new Mutation("number range", BoundaryMutations::numberRange),
        new Mutation("array size", BoundaryMutations::arraySize),
        new Mutation("unicode", BoundaryMutations::unicode));

    private BoundaryMutations() {
    }

    private static boolean plainString(JsonSlot slot) {
        return slot.type().equals("string") && (slot.schema().getEnum() == null || slot.schema().getEnum().isEmpty())
            && slot.schema().getFormat() == null;
    }

    private static String stringLength(RequestDraft draft, Random random) {
        JsonSlot slot = draft.body == null ? null
            : JsonSlots.pick(draft.body, draft.operation.body(), random, BoundaryMutations::plainString);
        if (slot == null) {
            return null;
        }
        Integer max = slot.schema().getMaxLength();
        Integer min = slot.schema().getMinLength();
        List<Integer> lengths = new ArrayList<>(List.of(0, HUGE_STRING, OVERSIZED_STRING));
        if (max != null) {
            lengths.addAll(List.of(max, max + 1));
        }
        if (min != null && min > 0) {
            lengths.add(min - 1);
        }
        int length = HostileValues.oneOf(random, lengths);
        String value = random.nextInt(4) == 0 && length > 0 ? " ".repeat(length) : "x".repeat(length);
        slot.replace(NODES.textNode(value));
        draft.mustBeRefused = SchemaLimits.breaksString(slot.schema(), value);
        return slot.pointer() + " set to " + length + (value.startsWith(" ") ? " spaces" : " characters")
            + " (maxLength " + max + ", minLength " + min + ")";
    }

    private static String numberRange(RequestDraft draft, Random random) {
        JsonSlot slot = draft.body == null ? null : JsonSlots.pick(draft.body, draft.operation.body(), random,
            candidate -> candidate.type().equals("integer") || candidate.type().equals("number"));
        if (slot == null) {
            return null;
        }
        List<String> values = new ArrayList<>(EXTREME_NUMBERS);
        if (slot.schema().getMinimum() != null) {
            values.add(slot.schema().getMinimum().toPlainString());
            values.add(slot.schema().getMinimum().subtract(BigDecimal.ONE).toPlainString());
        }
        if (slot.schema().getMaximum() != null) {
            values.add(slot.schema().getMaximum().toPlainString());
            values.add(slot.schema().getMaximum().add(BigDecimal.ONE).toPlainString());
        }
        String number = HostileValues.oneOf(random, values);
        // Jackson would write 1e400 as a BigDecimal's digits: the mark puts the literal text in the body.
        slot.replace(NODES.textNode(RequestDraft.RAW_NUMBER_MARK));
        draft.rawNumber = number;
        BigDecimal value = new BigDecimal(number);
        // Micronaut Serde truncates a fraction where an integer is expected (1.5 reads as 1): a leniency.
        BigDecimal truncated = slot.type().equals("integer") ? value.setScale(0, RoundingMode.DOWN) : value;
        draft.mustBeRefused = SchemaLimits.breaksNumber(slot.schema(), truncated);
        return slot.pointer() + " (" + slot.type() + ", minimum " + slot.schema().getMinimum() + ", maximum "
            + slot.schema().getMaximum() + ") set to " + number;
    }

    private static String arraySize(RequestDraft draft, Random random) {
        JsonSlot slot = draft.body == null ? null : JsonSlots.pick(draft.body, draft.operation.body(), random,
            candidate -> candidate.type().equals("array"));
        if (slot == null) {
            return null;
        }
        Integer max = slot.schema().getMaxItems();
        Integer min = slot.schema().getMinItems();
        List<Integer> sizes = new ArrayList<>(List.of(0, HUGE_ARRAY));
        if (max != null) {
            sizes.add(max + 1);
        }
        if (min != null && min > 0) {
            sizes.add(min - 1);
        }
        int size = HostileValues.oneOf(random, sizes);
        ArrayNode items = NODES.arrayNode();
        JsonNode item = slot.value().size() > 0 ? slot.value().get(0)
            : new ValidValues(random).of(slot.schema().getItems());
        for (int i = 0; i < size; i++) {
            items.add(item.deepCopy());
        }
        slot.replace(items);
        // The items are copies of one: where they must be unique, the service reads them into a set, and the
        // copies collapse into one item (a leniency), so only too few can be refused there.
        boolean collapses = Boolean.TRUE.equals(slot.schema().getUniqueItems());
        draft.mustBeRefused = !collapses && max != null && size > max || min != null && size < min;
        return slot.pointer() + " with " + size + " items (maxItems " + max + ", minItems " + min
            + ", uniqueItems " + slot.schema().getUniqueItems() + ")";
    }

    private static String unicode(RequestDraft draft, Random random) {
        JsonSlot slot = draft.body == null ? null
            : JsonSlots.pick(draft.body, draft.operation.body(), random, BoundaryMutations::plainString);
        if (slot == null) {
            return null;
        }
        if (random.nextInt(4) == 0) {
            draft.rawEscape = HostileValues.oneOf(random, HostileValues.LONE_SURROGATE_ESCAPES);
            slot.replace(NODES.textNode(RequestDraft.RAW_ESCAPE_MARK));
            draft.mustBeRefused = slot.schema().getPattern() != null;
            return slot.pointer() + " set to the lone surrogate escape " + draft.rawEscape;
        }
        String value = HostileValues.fitted(HostileValues.oneOf(random, HostileValues.UNICODE),
            slot.schema().getMaxLength());
        slot.replace(NODES.textNode(value));
        draft.mustBeRefused = SchemaLimits.breaksString(slot.schema(), value);
        return slot.pointer() + " set to " + HostileValues.visible(value);
    }
}
