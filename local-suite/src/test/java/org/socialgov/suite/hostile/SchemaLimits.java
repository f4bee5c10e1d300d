package org.socialgov.suite.hostile;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.media.Schema;

/** Whether a value breaks what its schema declares: the line between "may be refused" and "must be refused". */
final class SchemaLimits {

    /** RFC 3339's full-date and date-time: four-digit years, no sign (Java's own ISO parsers take both). */
    private static final Pattern RFC_3339_DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    private static final Pattern RFC_3339_DATE_TIME = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
        + "[Tt]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)");
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private SchemaLimits() {
    }

    static boolean breaksString(Schema<?> schema, String value) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()
            && schema.getEnum().stream().noneMatch(allowed -> String.valueOf(allowed).equals(value))) {
            return true;
        }
        if ("date".equals(schema.getFormat()) && !RFC_3339_DATE.matcher(value).matches()
            || "date-time".equals(schema.getFormat()) && !RFC_3339_DATE_TIME.matcher(value).matches()) {
            return true;
        }
        int codePoints = value.codePointCount(0, value.length());
        return schema.getMaxLength() != null && codePoints > schema.getMaxLength()
            || schema.getMinLength() != null && codePoints < schema.getMinLength()
            || schema.getPattern() != null && !Pattern.compile(schema.getPattern()).matcher(value).find();
    }

    /** For an integer or number schema: out of range, a fraction for an integer, or past its format's bounds. */
    static boolean breaksNumber(Schema<?> schema, BigDecimal value) {
        boolean integer = "integer".equals(ValidValues.typeOf(schema));
        if (integer && value.stripTrailingZeros().scale() > 0) {
            return true;
        }
        if ("int32".equals(schema.getFormat())
            && (value.compareTo(INT32_MAX) > 0 || value.compareTo(INT32_MIN) < 0)) {
            return true;
        }
        if ((integer || "int64".equals(schema.getFormat()))
            && (value.compareTo(INT64_MAX) > 0 || value.compareTo(INT64_MIN) < 0)) {
            return true;
        }
        BigDecimal min = schema.getMinimum();
        BigDecimal max = schema.getMaximum();
        return min != null && (value.compareTo(min) < 0
            || Boolean.TRUE.equals(schema.getExclusiveMinimum()) && value.compareTo(min) == 0)
            || max != null && (value.compareTo(max) > 0
            || Boolean.TRUE.equals(schema.getExclusiveMaximum()) && value.compareTo(max) == 0);
    }

    /** Whether a query, path or header value (as text) breaks its parameter's schema. */
    static boolean breaksParameter(Schema<?> schema, String value) {
        String type = ValidValues.typeOf(schema);
        if (type.equals("integer") || type.equals("number")) {
            try {
                return breaksNumber(schema, new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                return true;
            }
        }
        if (type.equals("boolean")) {
            return !value.equals("true") && !value.equals("false");
        }
        return breaksString(schema, value);
    }
}
