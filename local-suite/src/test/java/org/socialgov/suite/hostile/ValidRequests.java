package org.socialgov.suite.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * A valid request to an operation: the suite's own objects in the path and in the query parameters it knows values
 * for, generated values for the other required ones, a fresh Idempotency-Key, and a body generated from the schema.
 */
final class ValidRequests {

    private ValidRequests() {
    }

    static RequestDraft draft(SpecOperation operation, Map<String, String> known, Random random) {
        RequestDraft draft = new RequestDraft(operation);
        draft.header("Accept", "application/json, application/problem+json");
        ValidValues values = new ValidValues(random);
        for (Parameter parameter : operation.parameters("path")) {
            draft.pathValues.put(parameter.getName(), encoded(knownOrGenerated(parameter, known, values)));
        }
        for (Parameter parameter : operation.parameters("query")) {
            String value = fits(parameter, known.get(parameter.getName())) ? known.get(parameter.getName()) : null;
            if (value == null && Boolean.TRUE.equals(parameter.getRequired())) {
                value = values.of(parameter.getSchema()).asText();
            }
            if (value != null) {
                draft.queryValue(parameter.getName(), encoded(value));
            }
        }
        operation.header("Idempotency-Key").ifPresent(key ->
            draft.header(key.getName(), UUID.nameUUIDFromBytes(longBytes(random.nextLong())).toString()));
        if (operation.body() != null) {
            draft.body = values.of(operation.body());
            draft.contentType = "application/json";
        }
        return draft;
    }

    private static String knownOrGenerated(Parameter parameter, Map<String, String> known, ValidValues values) {
        String value = known.get(parameter.getName());
        return fits(parameter, value) ? value : values.of(parameter.getSchema()).asText();
    }

    /** A known value under the same name may be of another kind (a version number, a date): only one that fits. */
    private static boolean fits(Parameter parameter, String value) {
        return value != null && !SchemaLimits.breaksParameter(parameter.getSchema(), value);
    }

    /** The path the spec validator finds the operation by: the template with the suite's objects in it. */
    static String canonicalPath(SpecOperation operation, Map<String, String> known) {
        String path = operation.pathTemplate();
        for (Parameter parameter : operation.parameters("path")) {
            path = path.replace("{" + parameter.getName() + "}", known.getOrDefault(parameter.getName(), "x"));
        }
        return "/api" + path;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] longBytes(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
    }
}
