package org.socialgov.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Why a value could not be read, in the client's words: the values an enumeration allows, the kind of JSON value a
 * field takes, a field given twice, where a body stops being JSON. The framework's own messages name Java types
 * ("No enum constant org...ContractStatus.NOPE", "deserialization of type: ContractDraftRequest") and parser tokens
 * ({@code VALUE_STRING}): they mean nothing to an API client, and tell an attacker what runs inside.
 */
final class ValueReasons {

    /** A Java type or package, or a JSON parser's own vocabulary: never part of an answer. */
    static final Pattern INTERNALS = Pattern.compile("\\b(?:java|javax|jakarta|io\\.micronaut|io\\.netty|reactor"
        + "|org\\.socialgov|org\\.axonframework|com\\.fasterxml|com\\.mongodb|com\\.nimbusds)\\.[\\w$]"
        + "|\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*"
        + "|deserialization of type|No enum constant|\\b(?:START|END)_(?:OBJECT|ARRAY)\\b"
        + "|\\bVALUE_(?:STRING|NUMBER_INT|NUMBER_FLOAT|TRUE|FALSE|NULL|EMBEDDED_OBJECT)\\b"
        + "|StreamReadFeature|\\[Source:");

    static final String NOT_A_FIELD = "is not a field this request takes; nothing was changed";
    static final String NOT_VALID = "is not valid";

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
        Short.class, short.class, Byte.class, byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
        BigDecimal.class);

    /** JSON values as a reader of the spec knows them, by the parser's token names (Jackson's and Serde's). */
    private static final Map<String, String> JSON_VALUES = Map.ofEntries(
        Map.entry("START_OBJECT", "an object"), Map.entry("END_OBJECT", "the end of an object"),
        Map.entry("START_ARRAY", "an array"), Map.entry("END_ARRAY", "the end of an array"),
        Map.entry("VALUE_STRING", "a string"), Map.entry("STRING", "a string"),
        Map.entry("VALUE_NUMBER_INT", "a whole number"), Map.entry("VALUE_NUMBER_FLOAT", "a number"),
        Map.entry("NUMBER", "a number"), Map.entry("VALUE_TRUE", "true or false"),
        Map.entry("VALUE_FALSE", "true or false"), Map.entry("BOOLEAN", "true or false"),
        Map.entry("VALUE_NULL", "null"), Map.entry("NULL", "null"),
        Map.entry("FIELD_NAME", "a field name"), Map.entry("KEY", "a field name"));

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property \\[");
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("^Duplicate property \\[");
    private static final Pattern ONE_OF = Pattern.compile("^Expected one of \\[(.*)] but was ");
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("^Unexpected token (\\w+), expected (\\w+)");
    private static final Pattern COERCE = Pattern.compile("^Unable to coerce string to (integer|float|double)");
    private static final Pattern OUT_OF_RANGE =
        Pattern.compile("^Numeric value \\(.*\\) out of range of `?\\w+`? \\((-?\\d+) - (-?\\d+)\\)");
    private static final Pattern ONE_VALUE = Pattern.compile("^Expected one \\w+, but got array of multiple values");

    private ValueReasons() {
    }

    /** A query, path or header value that does not convert to its parameter's type. */
    static String forParameter(Class<?> type, String message) {
        if (type.isEnum()) {
            return oneOf(Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", ")));
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return fromMessage(message);
    }

    /** A value in a JSON body that does not read as its field's type. */
    static String forBodyValue(String message) {
        String text = firstLine(message);
        Matcher matcher;
        if (UNKNOWN_PROPERTY.matcher(text).find()) {
            // Fields the system or another role sets (state, version, actor, tenant...) are among these.
            return NOT_A_FIELD;
        }
        if (DUPLICATE_PROPERTY.matcher(text).find()) {
            return "is given more than once; give each field once";
        }
        if ((matcher = ONE_OF.matcher(text)).find()) {
            return oneOf(matcher.group(1));
        }
        if ((matcher = UNEXPECTED_TOKEN.matcher(text)).find()) {
            return jsonValueExpected(matcher.group(2), matcher.group(1));
        }
        if ((matcher = COERCE.matcher(text)).find()) {
            return (matcher.group(1).equals("integer") ? "must be a whole number" : "must be a number")
                + ", not a string";
        }
        if ((matcher = OUT_OF_RANGE.matcher(text)).find()) {
            return "must be a whole number from " + matcher.group(1) + " to " + matcher.group(2);
        }
        if (ONE_VALUE.matcher(text).find()) {
            return "must be a single value, not an array";
        }
        if (text.startsWith("Not a number")) {
            return "must be a number";
        }
        if (text.startsWith("Not a boolean")) {
            return "must be true or false";
        }
        return fromMessage(text);
    }

    /** A body that is not JSON at all: what is wrong, and where (line, column and, inside the body, the path). */
    static String forMalformedJson(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jackson) {
                String what = firstLine(jackson.getOriginalMessage())
                    .replaceAll("\\s*\\(start marker at .*", "").strip();
                return "is not valid JSON" + where(jackson) + (INTERNALS.matcher(what).find() ? "" : ": " + what);
            }
        }
        String what = firstLine(exception.getMessage()).replaceFirst("^Invalid JSON:\\s*", "");
        return "is not valid JSON" + (INTERNALS.matcher(what).find() || what.isEmpty() ? "" : ": " + what);
    }

    /** The message itself when it says something in words, else only that the value is not valid. */
    static String fromMessage(String message) {
        String text = firstLine(message);
        if (text.isEmpty() || INTERNALS.matcher(text).find()) {
            return NOT_VALID;
        }
        return NOT_VALID + ": " + text.replaceAll("`[\\w.$]+`", "value");
    }

    private static String where(JsonProcessingException jackson) {
        StringBuilder where = new StringBuilder();
        if (jackson.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                where.append(" at ").append(pointer);
            }
        }
        JsonLocation location = jackson.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(where.isEmpty() ? " at" : ",").append(" line ").append(location.getLineNr())
                .append(", column ").append(location.getColumnNr());
        }
        return where.toString();
    }

    private static String jsonValueExpected(String expected, String found) {
        String wanted = JSON_VALUES.getOrDefault(expected, "another kind of value");
        String given = JSON_VALUES.get(found);
        boolean foundIsAValue = given != null && !found.startsWith("END_") && !given.equals(wanted);
        return "must be " + wanted + (foundIsAValue ? ", not " + given : "");
    }

    private static String oneOf(String values) {
        return "must be one of " + values;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
