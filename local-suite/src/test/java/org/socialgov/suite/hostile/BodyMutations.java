package org.socialgov.suite.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

/** Bodies that are not what the operation takes: not JSON, not labelled JSON, or JSON of the wrong shape. */
final class BodyMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String TRAILING_TEXT = "{} trailing";
    /** Texts that are not one JSON object: no parser accepts them as the request's body. */
    private static final List<String> MALFORMED = List.of("{", "{\"title\":", "}", "[]", "null", "\"text\"", "42",
        TRAILING_TEXT, "{'single':'quotes'}", "{\"a\":NaN}", "/* comment */ {}", "{\"a\" 1}", "{\"a\":01}",
        "{\"a\":\"unterminated}", "{\"a\":\"\\x41\"}", "\u0000{}", "{,}", "[".repeat(100_000),
        "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream",
        "application/jsonx", "image/png");
    private static final List<String> UNKNOWN_FIELDS = List.of("tenant", "status", "version", "createdBy",
        "$where", "$set", "a.b", "__proto__", "constructor", "", "\u0000key", "unknown".repeat(2000), "𝔘𝔫𝔦");
    private static final List<JsonNode> UNKNOWN_VALUES = List.of(NODES.textNode("globex"), NODES.numberNode(1),
        NODES.objectNode().put("$gt", ""), NODES.arrayNode(), NODES.nullNode(), NODES.booleanNode(true));
    private static final List<String> BAD_DATES = List.of("2027-02-30", "2027-13-01", "27-1-1", "2027-1-1",
        "yesterday", "+999999999-12-31", "", "2027-01-01T00:00:00Z", "٢٠٢٧-٠١-٠١");
    private static final List<String> BAD_DATE_TIMES = List.of("2027-01-01T25:00:00Z", "2027-01-01T09:30:00",
        "2027-02-30T00:00:00Z", "2027-01-01", "now", "", "+999999999-12-31T23:59:59Z", "2027-01-01T09:30:00+25:00");

    static final List<Mutation> ALL = List.of(
        new Mutation("malformed JSON", BodyMutations::malformed),
        new Mutation("content type", BodyMutations::wrongContentType),
        new Mutation("missing required", BodyMutations::missingRequired),
        new Mutation("unknown field", BodyMutations::unknownField),
        new Mutation("wrong type", BodyMutations::wrongType),
        new Mutation("bad enum", BodyMutations::badEnum),
        new Mutation("duplicate field", BodyMutations::duplicateField),
        new Mutation("bad date", BodyMutations::badDate));

    private BodyMutations() {
    }

    private static String malformed(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        int choice = random.nextInt(MALFORMED.size() + 3);
        draft.mustBeRefused = true;
        if (choice == MALFORMED.size()) {
            String valid = new String(draft.bodyBytes(), StandardCharsets.UTF_8);
            draft.rawBody = valid.substring(0, random.nextInt(Math.max(1, valid.length() - 1)))
                .getBytes(StandardCharsets.UTF_8);
            return "the valid body cut short";
        }
        if (choice == MALFORMED.size() + 1) {
            draft.rawBody = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xC0,
                (byte) 0xAF, (byte) 0xFF, '"', '}'};
            return "bytes that are not UTF-8 in a string";
        }
        if (choice == MALFORMED.size() + 2) {
            draft.rawBody = new byte[0];
            return draft.operation.bodyRequired() ? "an empty body labelled JSON" : null;
        }
        draft.rawBody = MALFORMED.get(choice).getBytes(StandardCharsets.UTF_8);
        // Micronaut reads the first JSON value of a body and ignores what follows it (a leniency).
        draft.mustBeRefused = !MALFORMED.get(choice).equals(TRAILING_TEXT);
        return "the body " + RawHttp.abbreviated(MALFORMED.get(choice));
    }

    private static String wrongContentType(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        draft.contentType = HostileValues.oneOf(random, WRONG_CONTENT_TYPES);
        draft.mustBeRefused = true;
        return "a JSON body labelled " + draft.contentType;
    }

    private static String missingRequired(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        JsonSlot slot = JsonSlots.pick(draft.body, draft.operation.body(), random, JsonSlot::required);
        if (slot == null) {
            return null;
        }
        slot.remove();
        draft.mustBeRefused = true;
        return "without the required " + slot.pointer();
    }

    private static String unknownField(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        List<Map.Entry<ObjectNode, Schema<?>>> objects = JsonSlots.objects(draft.body, draft.operation.body());
        Map.Entry<ObjectNode, Schema<?>> object = objects.get(random.nextInt(objects.size()));
        String name = HostileValues.oneOf(random, UNKNOWN_FIELDS);
        if (object.getValue().getProperties() != null && object.getValue().getProperties().containsKey(name)) {
            return null;
        }
        object.getKey().set(name, HostileValues.oneOf(random, UNKNOWN_VALUES));
        draft.mustBeRefused = Boolean.FALSE.equals(object.getValue().getAdditionalProperties());
        return "an unknown field " + RawHttp.abbreviated(HostileValues.visible(name));
    }

    private static String wrongType(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        JsonSlot slot = JsonSlots.pick(draft.body, draft.operation.body(), random, any -> true);
        if (slot == null) {
            draft.body = NODES.arrayNode().add(draft.body);
            draft.mustBeRefused = true;
            return "the body wrapped in an array";
        }
        JsonNode wrong = switch (slot.type()) {
            case "string" -> random.nextBoolean() ? NODES.objectNode() : NODES.arrayNode().add("x");
            case "integer", "number" -> HostileValues.oneOf(random, List.of(NODES.textNode("abc"),
                NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true)));
            case "boolean" -> HostileValues.oneOf(random, List.of(NODES.textNode("maybe"), NODES.objectNode()));
            case "array" -> HostileValues.oneOf(random, List.of(NODES.objectNode(), NODES.numberNode(7)));
            default -> HostileValues.oneOf(random, List.of(NODES.arrayNode(), NODES.numberNode(7),
                NODES.booleanNode(false)));
        };
        boolean nulled = random.nextInt(4) == 0;
        slot.replace(nulled ? NODES.nullNode() : wrong);
        // Micronaut Serde reads a one-element array where a string is expected as that element, and any text
        // where a boolean is expected as false (leniencies).
        boolean coerced = wrong.isArray() && wrong.size() == 1 || slot.type().equals("boolean") && wrong.isTextual();
        draft.mustBeRefused = nulled ? slot.required() && !Boolean.TRUE.equals(slot.schema().getNullable())
            : !coerced;
        return slot.pointer() + " (" + slot.type() + ") set to " + (nulled ? "null" : wrong.toString());
    }

    private static String badEnum(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        JsonSlot slot = JsonSlots.pick(draft.body, draft.operation.body(), random,
            candidate -> candidate.schema().getEnum() != null && !candidate.schema().getEnum().isEmpty());
        if (slot == null) {
            return null;
        }
        String valid = String.valueOf(slot.schema().getEnum().get(0));
        String bad = HostileValues.oneOf(random, List.of("NOT_A_VALUE", valid.toLowerCase(), "", valid + " ",
            " " + valid, valid + "\u0000", valid.replace('_', '-'), "ＸＸ"));
        if (slot.schema().getEnum().contains(bad)) {
            return null;
        }
        slot.replace(NODES.textNode(bad));
        // Micronaut Serde retries an enum's creator with the value upper-cased, whatever its
        // accept-case-insensitive-enums says: "forbidden" reads as FORBIDDEN (a leniency, noted in README).
        draft.mustBeRefused = !bad.toUpperCase(Locale.ENGLISH).equals(valid);
        return slot.pointer() + " set to the value " + HostileValues.visible(bad) + " outside its enum";
    }

    /** A field of the body given twice: JSON parsers disagree on which one counts, so it is refused. */
    private static String duplicateField(RequestDraft draft, Random random) {
        if (!(draft.body instanceof ObjectNode object) || object.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = HostileValues.oneOf(random, names);
        String valid = new String(draft.bodyBytes(), StandardCharsets.UTF_8);
        draft.rawBody = (valid.substring(0, valid.lastIndexOf('}')) + "," + NODES.textNode(name) + ":"
            + object.get(name) + "}").getBytes(StandardCharsets.UTF_8);
        draft.mustBeRefused = true;
        return "the field " + name + " given twice";
    }

    private static String badDate(RequestDraft draft, Random random) {
        if (draft.body == null) {
            return null;
        }
        JsonSlot slot = JsonSlots.pick(draft.body, draft.operation.body(), random,
            candidate -> "date".equals(candidate.schema().getFormat())
                || "date-time".equals(candidate.schema().getFormat()));
        if (slot == null) {
            return null;
        }
        String bad = HostileValues.oneOf(random,
            "date".equals(slot.schema().getFormat()) ? BAD_DATES : BAD_DATE_TIMES);
        slot.replace(NODES.textNode(bad));
        draft.mustBeRefused = true;
        return slot.pointer() + " (" + slot.schema().getFormat() + ") set to " + HostileValues.visible(bad);
    }
}
