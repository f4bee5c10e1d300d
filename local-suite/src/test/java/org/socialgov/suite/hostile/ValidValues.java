package org.socialgov.suite.hostile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Values a schema accepts, drawn from a seeded random source: the starting point every hostile request is one
 * mutation away from, and the body of the good request sent to every operation.
 */
final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** Strings tried in turn against a pattern: together they match every pattern the specs use. */
    private static final List<Function<Random, String>> PATTERN_CANDIDATES = List.of(
        random -> "fz-" + alphanumeric(random, 6),
        random -> "EUR",
        random -> hex(random, 64),
        random -> hex(random, 32),
        random -> "\"" + random.nextInt(1000) + "\"",
        random -> "https://x.com/fuzz/status/" + random.nextInt(1_000_000),
        random -> random.nextInt(10_000) + "." + String.format("%02d", random.nextInt(100)),
        random -> "F" + alphanumeric(random, 5));

    private final Random random;

    ValidValues(Random random) {
        this.random = random;
    }

    JsonNode of(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return enumValue(schema);
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> array(schema);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema));
        };
    }

    static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "string";
    }

    private JsonNode enumValue(Schema<?> schema) {
        Object value = schema.getEnum().get(random.nextInt(schema.getEnum().size()));
        return value instanceof Number number ? NODES.numberNode(number.longValue()) : NODES.textNode(
            String.valueOf(value));
    }

    private ObjectNode object(Schema<?> schema) {
        ObjectNode object = NODES.objectNode();
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return object;
        }
        Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
        properties.forEach((name, property) -> {
            if (required.contains(name) || random.nextInt(3) > 0) {
                object.set(name, of(property));
            }
        });
        return object;
    }

    private ArrayNode array(Schema<?> schema) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? Math.max(min, 2) : Math.min(schema.getMaxItems(), Math.max(min, 2));
        int size = min + random.nextInt(max - min + 1);
        Set<JsonNode> seen = new HashSet<>();
        for (int attempt = 0; array.size() < size && attempt < size * 10; attempt++) {
            JsonNode item = of(schema.getItems());
            if (!Boolean.TRUE.equals(schema.getUniqueItems()) || seen.add(item)) {
                array.add(item);
            }
        }
        return array;
    }

    long integer(Schema<?> schema) {
        long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? min + 100 : schema.getMaximum().longValue();
        if (Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
            min++;
        }
        if (Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
            max--;
        }
        return min + (long) (random.nextDouble() * (Math.min(max, min + 1000) - min + 1));
    }

    private BigDecimal number(Schema<?> schema) {
        return BigDecimal.valueOf(integer(schema)).add(new BigDecimal("0.5"))
            .min(schema.getMaximum() == null ? new BigDecimal(Long.MAX_VALUE) : schema.getMaximum());
    }

    String string(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "date":
                return LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365)).toString();
            case "date-time":
                return LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365)) + "T09:30:00Z";
            case "uri", "uri-reference":
                return "https://example.org/fuzz/" + alphanumeric(random, 6);
            default:
                break;
        }
        int min = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
        int max = schema.getMaxLength() != null ? schema.getMaxLength()
            : schema.getPattern() != null ? Integer.MAX_VALUE : Math.max(min, 16);
        if (schema.getPattern() != null) {
            Pattern pattern = Pattern.compile(schema.getPattern());
            for (Function<Random, String> candidate : PATTERN_CANDIDATES) {
                String value = candidate.apply(random);
                if (pattern.matcher(value).find() && value.length() >= min && value.length() <= max) {
                    return value;
                }
            }
            throw new IllegalStateException("No candidate matches the pattern " + schema.getPattern()
                + "; add one to ValidValues.PATTERN_CANDIDATES");
        }
        int length = min + random.nextInt(Math.min(max, min + 15) - min + 1);
        return alphanumeric(random, length);
    }

    static String alphanumeric(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return text.toString();
    }
}
